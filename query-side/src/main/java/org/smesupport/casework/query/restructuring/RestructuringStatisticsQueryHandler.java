package org.smesupport.casework.query.restructuring;

import static org.smesupport.casework.api.restructuring.RestructuringFigure.Unit.COUNT;
import static org.smesupport.casework.api.restructuring.RestructuringFigure.Unit.HALF_COUNT;
import static org.smesupport.casework.api.restructuring.RestructuringFigure.Unit.YEN;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RestructuringFigure;
import org.smesupport.casework.api.restructuring.RestructuringReportLine;
import org.smesupport.casework.api.restructuring.RestructuringReportTable;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.PresentationRounding;
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
            + "which 抜本再生 drastic. Subsidy steps count by the step's date; a refused decision is not counted; the "
            + "subsidies decided are the approved payments (2/3 of the cost, capped). 成約件数: each in-prefecture firm "
            + "that sells or buys counts 0.5. Percentages to one decimal and 千円 are rounded half-up for presentation only.";

    private static final int SERIES_YEARS = 5;

    private final MongoCollection<Document> statistics;

    RestructuringStatisticsQueryHandler(MongoDatabase readModels) {
        this.statistics = readModels.getCollection(RestructuringStatisticsProjection.COLLECTION);
    }

    @QueryHandler
    RestructuringStatisticsReport handle(FindRestructuringStatisticsQuery query) {
        FiscalYear yearB = FiscalYear.of(query.fiscalYear());
        FiscalYear yearA = yearB.previous();
        List<FiscalYear> series = seriesEndingAt(yearB);
        Map<Integer, Document> documents = new TreeMap<>();
        statistics.find(Filters.lte(RestructuringStatisticsFields.FISCAL_YEAR, yearB.startYear()))
                .forEach(document -> documents.put(document.getInteger(RestructuringStatisticsFields.FISCAL_YEAR), document));
        Table table = new Table(series, yearA, yearB, documents, draftingAtYearEnd(documents));
        List<RestructuringReportTable> tables = List.of(
                new RestructuringReportTable("SUCCESSION", "事業引継ぎ 相談件数・成約件数", List.of(
                        table.line("CONSULTATIONS", "相談件数", COUNT, year -> consultations(year, null)),
                        table.line("CONSULTATIONS_SELLER", "うち譲渡相談", COUNT, year -> consultations(year, SuccessionSide.SELLER)),
                        table.line("CONSULTATIONS_BUYER", "うち譲受相談", COUNT, year -> consultations(year, SuccessionSide.BUYER)),
                        table.line("CONSULTATIONS_CLOSURE", "うち廃業相談", COUNT, year -> consultations(year, SuccessionSide.CLOSURE)),
                        table.line("DEALS", "成約件数※", HALF_COUNT, year -> figure(year, RestructuringStatisticsFields.DEAL_HALVES)))),
                new RestructuringReportTable("SUCCESSION_DIAGNOSES", "事業承継診断件数", List.of(
                        table.line("DIAGNOSES", "診断件数", COUNT,
                                year -> figure(year, RestructuringStatisticsFields.SUCCESSION_DIAGNOSES)))),
                new RestructuringReportTable("SUCCESSION_PLANS", "事業承継計画策定件数", List.of(
                        table.line("PLANS", "策定件数", COUNT, year -> figure(year, RestructuringStatisticsFields.SUCCESSION_PLANS)))),
                new RestructuringReportTable("RESTRUCTURING", "事業再生支援", List.of(
                        table.line("FIRST_RESPONSE", "１次対応", COUNT, year -> figure(year, RestructuringStatisticsFields.OPENED)),
                        table.line("SECOND_STAGE", "２次対応開始", COUNT, year -> figure(year, RestructuringStatisticsFields.SECOND_STAGE)),
                        table.drafting(),
                        table.line("PLAN_COMPLETED", "計画策定完了", COUNT, year -> figure(year, RestructuringStatisticsFields.COMPLETED)),
                        table.line("DRASTIC", "うち抜本再生", COUNT, year -> figure(year, RestructuringStatisticsFields.DRASTIC)),
                        table.line("SPECIAL_RESCHEDULING", "特例リスケ", COUNT,
                                year -> figure(year, RestructuringStatisticsFields.SPECIAL_RESCHEDULINGS)))),
                subsidyTable(table, ImprovementSubsidyKind.IMPROVEMENT_PLAN, "IMPROVEMENT_PLAN", "計画策定支援"),
                subsidyTable(table, ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, "EARLY_IMPROVEMENT_PLAN", "早期支援"));
        return new RestructuringStatisticsReport(yearB.startYear(), series.stream().map(FiscalYear::label).toList(),
                yearA.label(), yearB.label(), tables, NOTE);
    }

    private static RestructuringReportTable subsidyTable(Table table, ImprovementSubsidyKind kind, String code, String title) {
        List<RestructuringReportLine> lines = new ArrayList<>();
        for (ImprovementSubsidyStep step : ImprovementSubsidyStep.values()) {
            lines.add(table.line(step.name(), step.label(), COUNT, year -> nested(year,
                    RestructuringStatisticsFields.SUBSIDY_STEPS, kind.name()).map(steps -> count(steps, step.name())).orElse(0L)));
        }
        lines.add(table.line("SUBSIDIES_DECIDED", "助成決定額", YEN, year -> nested(year,
                RestructuringStatisticsFields.SUBSIDIES_DECIDED, null).map(decided -> count(decided, kind.name())).orElse(0L)));
        return new RestructuringReportTable(code, title + " (" + kind.label() + ")", lines);
    }

    /** Year → cases in drafting at its end, for every year that has a document; later years carry the last sum. */
    private static TreeMap<Integer, Long> draftingAtYearEnd(Map<Integer, Document> documents) {
        TreeMap<Integer, Long> atYearEnd = new TreeMap<>();
        long running = 0;
        for (Map.Entry<Integer, Document> year : documents.entrySet()) {
            running += count(year.getValue(), RestructuringStatisticsFields.DRAFTING_STARTED)
                    - count(year.getValue(), RestructuringStatisticsFields.DRAFTING_LEFT);
            atYearEnd.put(year.getKey(), running);
        }
        return atYearEnd;
    }

    private static long consultations(Document year, SuccessionSide side) {
        return nested(year, RestructuringStatisticsFields.SUCCESSION_CONSULTATIONS, null).map(bySide -> side != null
                ? count(bySide, side.name())
                : bySide.values().stream().mapToLong(value -> ((Number) value).longValue()).sum()).orElse(0L);
    }

    private static long figure(Document year, String field) {
        return year == null ? 0 : count(year, field);
    }

    /** The sub-document {@code field} (then {@code key} within it, if given) of a year that may have no document. */
    private static Optional<Document> nested(Document year, String field, String key) {
        Document inner = year == null ? null : year.get(field, Document.class);
        return Optional.ofNullable(inner == null || key == null ? inner : inner.get(key, Document.class));
    }

    private static long count(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** B − 4 … B, leaving out years before the first fiscal year the system knows. */
    private static List<FiscalYear> seriesEndingAt(FiscalYear yearB) {
        LinkedList<FiscalYear> years = new LinkedList<>();
        for (FiscalYear year = yearB; year != null && years.size() < SERIES_YEARS; year = previousOrNull(year)) {
            years.addFirst(year);
        }
        return years;
    }

    private static FiscalYear previousOrNull(FiscalYear year) {
        try {
            return year.previous();
        } catch (IllegalArgumentException beforeFirstYear) {
            return null;
        }
    }

    /** The years the lines run over (A = B − 1 is among them), and each year's document ({@code null} if none). */
    private record Table(List<FiscalYear> series, FiscalYear yearA, FiscalYear yearB, Map<Integer, Document> documents,
                         TreeMap<Integer, Long> draftingAtYearEnd) {

        RestructuringReportLine line(String code, String label, RestructuringFigure.Unit unit,
                                     ToLongFunction<Document> figure) {
            return yearLine(code, label, unit, year -> figure.applyAsLong(documents.get(year.startYear())));
        }

        /** 計画策定支援中: the running sum up to each year's end; a year without a document keeps the earlier sum. */
        RestructuringReportLine drafting() {
            return yearLine("PLAN_DRAFTING", "計画策定支援中", COUNT, year -> {
                Map.Entry<Integer, Long> last = draftingAtYearEnd.floorEntry(year.startYear());
                return last == null ? 0 : last.getValue();
            });
        }

        private RestructuringReportLine yearLine(String code, String label, RestructuringFigure.Unit unit,
                                                 ToLongFunction<FiscalYear> figure) {
            long a = figure.applyAsLong(yearA);
            long b = figure.applyAsLong(yearB);
            return new RestructuringReportLine(code, label, unit,
                    series.stream().map(year -> RestructuringFigures.figure(unit, year, figure.applyAsLong(year))).toList(),
                    RestructuringFigures.figure(unit, yearA, a), RestructuringFigures.figure(unit, yearB, b),
                    RestructuringFigures.figure(unit, null, b - a), PresentationRounding.percent(b, a));
        }
    }
}
