package org.smesupport.casework.query.restructuring;

import static org.smesupport.casework.api.common.ReportFigure.Unit.COUNT;
import static org.smesupport.casework.api.common.ReportFigure.Unit.HALF_COUNT;
import static org.smesupport.casework.api.common.ReportFigure.Unit.YEN;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.COMPLETED;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.DEAL_HALVES;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.DRAFTING_LEFT;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.DRAFTING_STARTED;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.DRASTIC;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.OPENED;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SECOND_STAGE;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SPECIAL_RESCHEDULINGS;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SUBSIDIES_DECIDED;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SUBSIDY_STEPS;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SUCCESSION_CONSULTATIONS;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SUCCESSION_DIAGNOSES;
import static org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields.SUCCESSION_PLANS;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.FiveYearTable;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.TableLines;
import org.springframework.stereotype.Component;

/**
 * Builds the section I-7 report from the per-year statistics documents. A year without a document is a year
 * without activity: all zeros. 計画策定支援中 at a year's end is the running sum of drafting started − left over
 * that year and every earlier one, so this reads every year up to B (one small document per year); the other
 * figures are the year's own.
 */
@Component
class RestructuringStatisticsQueryHandler {

    static final String NOTE = "Every figure counts in the fiscal year of its business date. 1次対応 = cases opened; "
            + "2次対応開始 = second stage entered; 計画策定支援中 = cases in plan drafting at the year's end (drafting "
            + "started − left, completed or ended, summed over every year up to it); 計画策定完了 = plans completed, of "
            + "which 抜本再生 drastic. Subsidy steps count by the step's date, a refused decision too (決定 is a decision "
            + "made); the subsidies decided (助成決定額) are the approved payment decisions only (2/3 of the cost, "
            + "capped). 成約件数: each in-prefecture firm that sells or buys counts 0.5. Percentages to one decimal and "
            + "千円 are rounded half-up for presentation only.";

    private final MongoCollection<Document> statistics;
    private final PublishedSource published;

    RestructuringStatisticsQueryHandler(MongoDatabase readModels, PublishedSource published) {
        this.statistics = readModels.getCollection(RestructuringStatisticsProjection.COLLECTION);
        this.published = published;
    }

    @QueryHandler
    RestructuringStatisticsReport handle(FindRestructuringStatisticsQuery query) {
        FiveYearTable table = FiveYearTable.upTo(statistics, FiscalYear.of(query.fiscalYear()),
                published.columns(RestructuringReport.NAME));
        TableLines succession = table.table("SUCCESSION");
        TableLines restructuring = table.table("RESTRUCTURING");
        List<ReportTable> tables = List.of(
                new ReportTable("SUCCESSION", "事業引継ぎ 相談件数・成約件数", List.of(
                        succession.line("CONSULTATIONS", "相談件数", COUNT, year -> year.sum(SUCCESSION_CONSULTATIONS)),
                        consultations(succession, "CONSULTATIONS_SELLER", "うち譲渡相談", SuccessionSide.SELLER),
                        consultations(succession, "CONSULTATIONS_BUYER", "うち譲受相談", SuccessionSide.BUYER),
                        consultations(succession, "CONSULTATIONS_CLOSURE", "うち廃業相談", SuccessionSide.CLOSURE),
                        succession.line("DEALS", "成約件数※", HALF_COUNT, year -> year.count(DEAL_HALVES)))),
                new ReportTable("SUCCESSION_DIAGNOSES", "事業承継診断件数", List.of(
                        table.table("SUCCESSION_DIAGNOSES").line("DIAGNOSES", "診断件数", COUNT, year -> year.count(SUCCESSION_DIAGNOSES)))),
                new ReportTable("SUCCESSION_PLANS", "事業承継計画策定件数", List.of(
                        table.table("SUCCESSION_PLANS").line("PLANS", "策定件数", COUNT, year -> year.count(SUCCESSION_PLANS)))),
                new ReportTable("RESTRUCTURING", "事業再生支援", List.of(
                        restructuring.line("FIRST_RESPONSE", "１次対応", COUNT, year -> year.count(OPENED)),
                        restructuring.line("SECOND_STAGE", "２次対応開始", COUNT, year -> year.count(SECOND_STAGE)),
                        restructuring.runningLine("PLAN_DRAFTING", "計画策定支援中", COUNT,
                                year -> year.count(DRAFTING_STARTED) - year.count(DRAFTING_LEFT)),
                        restructuring.line("PLAN_COMPLETED", "計画策定完了", COUNT, year -> year.count(COMPLETED)),
                        restructuring.line("DRASTIC", "うち抜本再生", COUNT, year -> year.count(DRASTIC)),
                        restructuring.line("SPECIAL_RESCHEDULING", "特例リスケ", COUNT, year -> year.count(SPECIAL_RESCHEDULINGS)))),
                subsidyTable(table, ImprovementSubsidyKind.IMPROVEMENT_PLAN, "IMPROVEMENT_PLAN", "計画策定支援"),
                subsidyTable(table, ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, "EARLY_IMPROVEMENT_PLAN", "早期支援"));
        return new RestructuringStatisticsReport(table.yearB().startYear(), table.labels(), table.yearA().label(),
                table.yearB().label(), tables, NOTE);
    }

    private static ReportLine consultations(TableLines table, String code, String label, SuccessionSide side) {
        return table.line(code, label, COUNT, year -> year.count(SUCCESSION_CONSULTATIONS, side.name()));
    }

    private static ReportTable subsidyTable(FiveYearTable table, ImprovementSubsidyKind kind, String code, String title) {
        TableLines subsidies = table.table(code);
        List<ReportLine> lines = new ArrayList<>();
        for (ImprovementSubsidyStep step : ImprovementSubsidyStep.values()) {
            lines.add(subsidies.line(step.name(), step.label(), COUNT,
                    year -> year.count(SUBSIDY_STEPS, kind.name(), step.name())));
        }
        lines.add(subsidies.line("SUBSIDIES_DECIDED", "助成決定額", YEN, year -> year.count(SUBSIDIES_DECIDED, kind.name())));
        return new ReportTable(code, title + " (" + kind.label() + ")", lines);
    }
}
