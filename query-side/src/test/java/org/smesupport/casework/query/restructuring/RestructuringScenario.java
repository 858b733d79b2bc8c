package org.smesupport.casework.query.restructuring;

import static org.smesupport.casework.api.restructuring.RestructuringStage.FIRST_RESPONSE;
import static org.smesupport.casework.api.restructuring.RestructuringStage.PLAN_DRAFTING;
import static org.smesupport.casework.api.restructuring.RestructuringStage.SECOND_STAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.restructuring.ImprovementSubsidyProjection;
import org.smesupport.casework.projection.restructuring.RestructuringCaseProjection;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.ReadModelFixture;
import org.smesupport.casework.query.succession.SuccessionReadModels;

/**
 * Two fiscal years of section I-7 activity, projected by the real projections. Hand-computed, FY2019 (A) → FY2020 (B):
 * <ul>
 * <li>R-1 opened 2019-06-01, second stage 2019-07-01, drafting from 2020-03-01, plan completed (抜本) 2020-05-01:
 * in drafting at FY2019's end, completed in FY2020.</li>
 * <li>R-2 opened 2020-04-10, second stage 2020-05-01, 特例リスケ 2020-06-01. R-3 opened 2020-09-01, ended
 * 2020-10-01 at the first response.</li>
 * <li>S-1 計画策定支援, cost ¥3,600,000: 2/3 = ¥2,400,000 capped at ¥2,000,000, every step in FY2020. S-2 早期,
 * usage application received and decided in FY2019.</li>
 * <li>Succession: SC-3 (seller) opened in FY2019; SC-1 (seller) and SC-2 (buyer) in FY2020, which sell to each
 * other (both in the prefecture: 2 halves); SC-3 sells out of the prefecture in FY2020 (1 half): 1.5 deals.</li>
 * </ul>
 */
final class RestructuringScenario {

    static final Instant AT = Instant.parse("2021-03-31T00:00:00Z");

    private RestructuringScenario() {
    }

    static void project(ReadModelFixture fixture) {
        List<Object> cases = List.of(
                opened("R-1", LocalDate.of(2019, 6, 1)),
                advanced("R-1", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2019, 7, 1)),
                advanced("R-1", SECOND_STAGE, PLAN_DRAFTING, LocalDate.of(2020, 3, 1)),
                new RestructuringPlanCompletedEvent(RestructuringCaseId.of("R-1"), CompanyId.of("C-R-1"),
                        LocalDate.of(2020, 5, 1), true, "debt forgiveness", List.of(), "sato"),
                opened("R-2", LocalDate.of(2020, 4, 10)),
                advanced("R-2", FIRST_RESPONSE, SECOND_STAGE, LocalDate.of(2020, 5, 1)),
                new SpecialReschedulingAppliedEvent(RestructuringCaseId.of("R-2"), LocalDate.of(2020, 6, 1), "COVID"),
                opened("R-3", LocalDate.of(2020, 9, 1)),
                new RestructuringCaseEndedEvent(RestructuringCaseId.of("R-3"), FIRST_RESPONSE, true, "found a buyer",
                        LocalDate.of(2020, 10, 1)));
        List<Object> subsidies = List.of(
                step("S-1", ImprovementSubsidyKind.IMPROVEMENT_PLAN, ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED,
                        null, null, LocalDate.of(2020, 5, 1)),
                step("S-1", ImprovementSubsidyKind.IMPROVEMENT_PLAN, ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED,
                        true, null, LocalDate.of(2020, 5, 20)),
                step("S-1", ImprovementSubsidyKind.IMPROVEMENT_PLAN, ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED,
                        null, 3_600_000L, LocalDate.of(2020, 9, 1)),
                step("S-1", ImprovementSubsidyKind.IMPROVEMENT_PLAN, ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED,
                        true, 3_600_000L, LocalDate.of(2020, 9, 30)),
                step("S-2", ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED,
                        null, null, LocalDate.of(2019, 12, 1)),
                step("S-2", ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED,
                        true, null, LocalDate.of(2020, 1, 10)));
        List<Object> succession = List.of(
                succession("SC-3", SuccessionSide.SELLER, LocalDate.of(2019, 10, 1)),
                succession("SC-1", SuccessionSide.SELLER, LocalDate.of(2020, 4, 1)),
                succession("SC-2", SuccessionSide.BUYER, LocalDate.of(2020, 4, 2)),
                new SuccessionDiagnosedEvent(SuccessionCaseId.of("SC-1"), LocalDate.of(2020, 5, 1)),
                new SuccessionPlanRecordedEvent(SuccessionCaseId.of("SC-1"), LocalDate.of(2020, 6, 1)),
                new SuccessionDealConcludedEvent(SuccessionDealId.of("D-1"),
                        new DealParty(SuccessionCaseId.of("SC-1"), "Seller KK", true),
                        new DealParty(SuccessionCaseId.of("SC-2"), "Buyer KK", true), LocalDate.of(2020, 9, 1), 2),
                new SuccessionDealConcludedEvent(SuccessionDealId.of("D-2"),
                        new DealParty(SuccessionCaseId.of("SC-3"), "Seller 3 KK", true),
                        new DealParty(null, "Tokyo Holdings", false), LocalDate.of(2020, 11, 1), 1));
        fixture.project(new RestructuringCaseProjection(fixture.database(), 100), AT, cases.toArray());
        fixture.project(new ImprovementSubsidyProjection(fixture.database(), 100), AT, subsidies.toArray());
        SuccessionReadModels.project(fixture, AT, succession.toArray());
        // The statistics group reads every stream; a second stamping only moves sequences it does not look at.
        List<Object> all = new ArrayList<>(cases);
        all.addAll(subsidies);
        all.addAll(succession);
        fixture.project(new RestructuringStatisticsProjection(fixture.database(), 100), AT, all.toArray());
    }

    private static RestructuringCaseOpenedEvent opened(String id, LocalDate on) {
        return new RestructuringCaseOpenedEvent(RestructuringCaseId.of(id), CompanyId.of("C-" + id), "cash-flow squeeze", on);
    }

    private static RestructuringStageAdvancedEvent advanced(String id, RestructuringStage from, RestructuringStage to,
                                                            LocalDate on) {
        return new RestructuringStageAdvancedEvent(RestructuringCaseId.of(id), from, to, on);
    }

    private static ImprovementSubsidyStepRecordedEvent step(String id, ImprovementSubsidyKind kind, ImprovementSubsidyStep step,
                                                            Boolean approved, Long cost, LocalDate on) {
        Yen twoThirds = cost == null ? null : Yen.of(cost * 2 / 3);
        return new ImprovementSubsidyStepRecordedEvent(ImprovementSubsidyId.of(id), CompanyId.of("C-" + id), kind, step,
                approved, cost == null ? null : Yen.of(cost), twoThirds, cost == null ? null : kind.cap(),
                cost == null ? null : twoThirds.min(kind.cap()), on);
    }

    private static SuccessionCaseOpenedEvent succession(String id, SuccessionSide side, LocalDate on) {
        return new SuccessionCaseOpenedEvent(SuccessionCaseId.of(id), CompanyId.of("C-" + id), side, on, true);
    }
}
