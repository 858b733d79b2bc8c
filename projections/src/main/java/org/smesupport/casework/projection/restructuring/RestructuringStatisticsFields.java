package org.smesupport.casework.projection.restructuring;

import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.FiscalYearStatistics;

/**
 * The shape of a fiscal year's section I-7 statistics document ({@code restructuring:FY2020}), every figure
 * counted in the fiscal year of its own business date and present from the start, zero or not.
 * <p>
 * 計画策定支援中 (cases in plan drafting at the year's end) is a state, not a flow, so it is kept as two flows
 * whose running sum is the state: {@code draftingStarted} (PLAN_DRAFTING entered in the year) and
 * {@code draftingLeft} (left it in the year: plan completed, or ended while drafting). The figure for a year is
 * the sum of started − left over that year and every earlier one, which stays exact when an event is back-dated
 * into an earlier year. Succession deals are kept as {@code dealHalves} (the 0.5 rule in whole halves), halved
 * only when shown.
 */
public final class RestructuringStatisticsFields {

    public static final String FISCAL_YEAR = FiscalYearStatistics.FISCAL_YEAR;
    /** 1次対応: cases opened. */
    public static final String OPENED = "opened";
    /** 2次対応開始: SECOND_STAGE entered. */
    public static final String SECOND_STAGE = "secondStage";
    public static final String DRAFTING_STARTED = "draftingStarted";
    public static final String DRAFTING_LEFT = "draftingLeft";
    /** 計画策定完了, and of them 抜本再生. */
    public static final String COMPLETED = "completed";
    public static final String DRASTIC = "drastic";
    /** 特例リスケ applied. */
    public static final String SPECIAL_RESCHEDULINGS = "specialReschedulings";
    /** Per subsidy kind, per step: steps recorded (decisions only where not refused). */
    public static final String SUBSIDY_STEPS = "subsidySteps";
    /** Per subsidy kind: the yen of the payments decided (approved payment-application decisions). */
    public static final String SUBSIDIES_DECIDED = "subsidiesDecided";
    /** 事業引継ぎ 相談件数 per side. */
    public static final String SUCCESSION_CONSULTATIONS = "successionConsultations";
    /** 成約件数 in halves. */
    public static final String DEAL_HALVES = "dealHalves";
    /** 事業承継診断件数. */
    public static final String SUCCESSION_DIAGNOSES = "successionDiagnoses";
    /** 事業承継計画策定件数. */
    public static final String SUCCESSION_PLANS = "successionPlans";

    private RestructuringStatisticsFields() {
    }

    public static Document zeroed(String id, FiscalYear fiscalYear) {
        Document steps = new Document();
        Document decided = new Document();
        for (ImprovementSubsidyKind kind : ImprovementSubsidyKind.values()) {
            steps.append(kind.name(), FiscalYearStatistics.zeroes(ImprovementSubsidyStep.values()));
            decided.append(kind.name(), 0L);
        }
        return new Document("_id", id)
                .append(FISCAL_YEAR, fiscalYear.startYear())
                .append(OPENED, 0L)
                .append(SECOND_STAGE, 0L)
                .append(DRAFTING_STARTED, 0L)
                .append(DRAFTING_LEFT, 0L)
                .append(COMPLETED, 0L)
                .append(DRASTIC, 0L)
                .append(SPECIAL_RESCHEDULINGS, 0L)
                .append(SUBSIDY_STEPS, steps)
                .append(SUBSIDIES_DECIDED, decided)
                .append(SUCCESSION_CONSULTATIONS, FiscalYearStatistics.zeroes(SuccessionSide.values()))
                .append(DEAL_HALVES, 0L)
                .append(SUCCESSION_DIAGNOSES, 0L)
                .append(SUCCESSION_PLANS, 0L);
    }
}
