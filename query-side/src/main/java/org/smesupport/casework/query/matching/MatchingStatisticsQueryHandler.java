package org.smesupport.casework.query.matching;

import static org.smesupport.casework.api.common.ReportFigure.Unit.COUNT;
import static org.smesupport.casework.api.common.ReportFigure.Unit.YEN;
import static org.smesupport.casework.projection.matching.MatchingStatisticsFields.CONCLUDED;
import static org.smesupport.casework.projection.matching.MatchingStatisticsFields.INITIAL_ORDER_AMOUNT;
import static org.smesupport.casework.projection.matching.MatchingStatisticsFields.INTRODUCTIONS;
import static org.smesupport.casework.projection.matching.MatchingStatisticsFields.ORDER_REQUESTS;
import static org.smesupport.casework.projection.matching.MatchingStatisticsFields.SUPPLIER_REGISTRATIONS;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairReportRow;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.matching.FairFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.query.FiveYearTable;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.TableLines;
import org.smesupport.casework.query.YearFigures;
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

    private final MongoCollection<Document> statistics;
    private final PublishedSource published;

    MatchingStatisticsQueryHandler(MongoDatabase readModels, PublishedSource published) {
        this.statistics = readModels.getCollection(MatchingStatisticsProjection.COLLECTION);
        this.published = published;
    }

    @QueryHandler
    MatchingStatisticsReport handle(FindMatchingStatisticsQuery query) {
        FiveYearTable table = FiveYearTable.of(statistics, FiscalYear.of(query.fiscalYear()),
                MatchingStatisticsProjection::documentId, published.columns(MatchingReport.NAME));
        TableLines lines = table.table(MatchingReport.MATCHING);
        List<ReportLine> matching = List.of(
                lines.line("ORDER_REQUESTS", "発注申込数", COUNT, year -> year.count(ORDER_REQUESTS)),
                lines.line("SUPPLIER_REGISTRATIONS", "受注申込数", COUNT, year -> year.count(SUPPLIER_REGISTRATIONS)),
                lines.line("INTRODUCTIONS", "紹介件数 a", COUNT, year -> year.count(INTRODUCTIONS)),
                lines.line("CONCLUDED", "成立件数 b", COUNT, year -> year.count(CONCLUDED)),
                lines.rateLine("SUCCESS_RATE", "成約率 (b/a) %", year -> year.count(CONCLUDED),
                        year -> year.count(INTRODUCTIONS)),
                lines.line("INITIAL_ORDER_AMOUNT", "成立当初受注額", YEN, year -> year.count(INITIAL_ORDER_AMOUNT)));
        List<Document> fairs = fairs(table.figures(table.yearB()));
        return new MatchingStatisticsReport(table.yearB().startYear(), table.labels(), table.yearA().label(),
                table.yearB().label(), matching, fairs.stream().map(MatchingStatisticsQueryHandler::fairRow).toList(),
                meetings(fairs), meetings(fairs(table.figures(table.yearA()))), NOTE);
    }

    /** The fairs starting in the year, earliest first. */
    private static List<Document> fairs(YearFigures year) {
        return year.document().getList(MatchingStatisticsFields.FAIRS, Document.class, List.of()).stream()
                .sorted(Comparator.comparing((Document fair) -> fair.getString(FairFields.STARTS_ON))
                        .thenComparing(fair -> fair.getString(MatchingStatisticsFields.FAIR_ID)))
                .toList();
    }

    private static long meetings(List<Document> fairs) {
        return fairs.stream().mapToLong(fair -> fair.getLong(FairFields.MEETINGS)).sum();
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
}
