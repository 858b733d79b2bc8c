package org.smesupport.casework.query.matching;

import static org.smesupport.casework.api.matching.MatchingFigure.Unit.COUNT;
import static org.smesupport.casework.api.matching.MatchingFigure.Unit.YEN;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairReportRow;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFigure;
import org.smesupport.casework.api.matching.MatchingReportLine;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.matching.FairFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.query.PresentationRounding;
import org.springframework.stereotype.Component;

/**
 * Builds the business-matching report from the per-year statistics documents: at most five, read by
 * {@code _id}. A year without a document is a year without activity: all zeros. The success rate and the
 * satisfaction rates are ratios of stored counts, computed here and rounded only here.
 */
@Component
class MatchingStatisticsQueryHandler {

    static final String NOTE = "Order requests count by the date received, supplier registrations by the date "
            + "registered, introductions (a) by the date introduced; deals concluded (b) and their initial order "
            + "amounts by the date of the outcome's original decision, where a correction moves them. 成約率 = b / a "
            + "of the same year; its B−A is in percentage points and, like B/A %, is taken from the exact counts. "
            + "Fairs count in the fiscal year they start in; satisfaction = satisfied answers / answers. "
            + "Percentages to one decimal and 千円 are each rounded half-up for presentation only.";

    private static final int SERIES_YEARS = 5;

    private final MongoCollection<Document> statistics;

    MatchingStatisticsQueryHandler(MongoDatabase readModels) {
        this.statistics = readModels.getCollection(MatchingStatisticsProjection.COLLECTION);
    }

    @QueryHandler
    MatchingStatisticsReport handle(FindMatchingStatisticsQuery query) {
        FiscalYear yearB = FiscalYear.of(query.fiscalYear());
        FiscalYear yearA = yearB.previous();
        List<FiscalYear> series = seriesEndingAt(yearB);
        Map<FiscalYear, MatchingYear> years = load(series);
        Table table = new Table(series, years, yearA, yearB);
        List<MatchingReportLine> matching = List.of(
                table.line("ORDER_REQUESTS", "発注申込数", COUNT, MatchingStatisticsFields.ORDER_REQUESTS),
                table.line("SUPPLIER_REGISTRATIONS", "受注申込数", COUNT, MatchingStatisticsFields.SUPPLIER_REGISTRATIONS),
                table.line("INTRODUCTIONS", "紹介件数 a", COUNT, MatchingStatisticsFields.INTRODUCTIONS),
                table.line("CONCLUDED", "成立件数 b", COUNT, MatchingStatisticsFields.CONCLUDED),
                table.successRate(),
                table.line("INITIAL_ORDER_AMOUNT", "成立当初受注額", YEN, MatchingStatisticsFields.INITIAL_ORDER_AMOUNT));
        MatchingYear b = years.get(yearB);
        List<FairReportRow> fairs = b.fairs().stream().map(MatchingStatisticsQueryHandler::fairRow).toList();
        return new MatchingStatisticsReport(yearB.startYear(), series.stream().map(FiscalYear::label).toList(),
                yearA.label(), yearB.label(), matching, fairs, b.meetings(), years.get(yearA).meetings(), NOTE);
    }

    private static FairReportRow fairRow(Document fair) {
        Document sides = fair.get(FairFields.SIDES, Document.class);
        return new FairReportRow(
                MatchingFairId.of(fair.getString(MatchingStatisticsFields.FAIR_ID)),
                fair.getString(FairFields.NAME),
                ReadModelDates.parse(fair.getString(FairFields.STARTS_ON)),
                ReadModelDates.parse(fair.getString(FairFields.ENDS_ON)),
                FairFormat.valueOf(fair.getString(FairFields.FORMAT)),
                fair.getString(FairFields.FOCUS_AREA),
                MatchingViews.side(sides, FairSide.ORDERING),
                MatchingViews.side(sides, FairSide.SUPPLYING),
                fair.getLong(FairFields.MEETINGS));
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

    private Map<FiscalYear, MatchingYear> load(List<FiscalYear> years) {
        Map<FiscalYear, MatchingYear> loaded = new HashMap<>();
        years.forEach(year -> loaded.put(year, MatchingYear.of(null)));
        List<String> ids = years.stream().map(MatchingStatisticsProjection::documentId).toList();
        // A handful of documents in a collection of one document per year and one small one per fair.
        statistics.find(Filters.in("_id", ids)).forEach(document -> loaded.put(
                FiscalYear.of(document.getInteger(MatchingStatisticsFields.FISCAL_YEAR)), MatchingYear.of(document)));
        return loaded;
    }

    /** The years the 個別あっせん lines run over (A = B − 1 is among them), and each year's figures. */
    private record Table(List<FiscalYear> series, Map<FiscalYear, MatchingYear> years, FiscalYear yearA,
                         FiscalYear yearB) {

        MatchingReportLine line(String code, String label, MatchingFigure.Unit unit, String field) {
            long a = years.get(yearA).figure(field);
            long b = years.get(yearB).figure(field);
            return new MatchingReportLine(code, label, unit,
                    series.stream().map(year -> MatchingFigures.figure(unit, year, years.get(year).figure(field))).toList(),
                    MatchingFigures.figure(unit, yearA, a), MatchingFigures.figure(unit, yearB, b),
                    MatchingFigures.figure(unit, null, b - a), PresentationRounding.percent(b, a));
        }

        /** 成約率 b/a of each year; B − A in percentage points. */
        MatchingReportLine successRate() {
            MatchingYear a = years.get(yearA);
            MatchingYear b = years.get(yearB);
            return new MatchingReportLine("SUCCESS_RATE", "成約率 (b/a) %", MatchingFigure.Unit.PERCENT,
                    series.stream().map(year -> MatchingFigures.rate(year, rate(years.get(year)))).toList(),
                    MatchingFigures.rate(yearA, rate(a)), MatchingFigures.rate(yearB, rate(b)),
                    MatchingFigures.rate(null, MatchingFigures.rateDifference(concluded(b), introductions(b),
                            concluded(a), introductions(a))),
                    MatchingFigures.rateRatio(concluded(b), introductions(b), concluded(a), introductions(a)));
        }

        private static BigDecimal rate(MatchingYear year) {
            return PresentationRounding.percent(concluded(year), introductions(year));
        }

        private static long concluded(MatchingYear year) {
            return year.figure(MatchingStatisticsFields.CONCLUDED);
        }

        private static long introductions(MatchingYear year) {
            return year.figure(MatchingStatisticsFields.INTRODUCTIONS);
        }
    }
}
