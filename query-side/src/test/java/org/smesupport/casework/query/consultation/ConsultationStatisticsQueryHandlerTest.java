package org.smesupport.casework.query.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationCategoryRow;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.projection.consultation.StatisticsFields;
import org.smesupport.casework.query.ReadModelFixture;

/**
 * The reference report's FY2019 and FY2020 figures of section I-1, recorded as sessions at every desk; expected
 * figures are the report's own.
 */
class ConsultationStatisticsQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final ConsultationStatisticsQueryHandler handler = new ConsultationStatisticsQueryHandler(fixture.database(), fixture.published());

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void sessionsAtEveryDeskMakeTheReportsTotalsByTheDesksRule() {
        recordReferenceYears();

        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2020));

        assertThat(report.tables()).extracting(table -> table.code()).containsExactly(
                "YOROZU", "ONE_STOP", "ON_SITE", "SUBCONTRACTING", "MIBYO_PHONE", "EXPERT_DISPATCHES");
        assertLine(report, "YOROZU", "SESSIONS", 15_864, 14_084, -1_780, "88.8");
        assertLine(report, "ONE_STOP", "SESSIONS", 8_422, 10_420, 1_998, "123.7");
        assertLine(report, "ONE_STOP", "KIP_TOTAL", 24_286, 24_504, 218, "100.9");
        assertLine(report, "ON_SITE", "SESSIONS", 28, 22, -6, "78.6");
        assertLine(report, "SUBCONTRACTING", "SESSIONS", 639, 996, 357, "155.9");
        assertLine(report, "SUBCONTRACTING", "LAWYER", 89, 170, 81, "191.0");
        assertLine(report, "MIBYO_PHONE", "SESSIONS", 140, 90, -50, "64.3");
        assertLine(report, "EXPERT_DISPATCHES", "MANAGEMENT_ADVISOR", 474, 297, -177, "62.7");
        assertLine(report, "EXPERT_DISPATCHES", "MIBYO_IMPROVEMENT", 203, 546, 343, "269.0");
        assertLine(report, "EXPERT_DISPATCHES", "TOTAL", 677, 843, 166, "124.5");
        assertThat(line(report, "EXPERT_DISPATCHES", "MIBYO_IMPROVEMENT").label()).isEqualTo("企業経営の未病改善");
        assertThat(report.note()).contains("よろず支援拠点や KIP 各課での件数を含めた KIP 全体の数値", "構成比");
    }

    @Test
    void theCategoriesBreakDownTheKipTotalWithoutTheMibyoDial() {
        recordReferenceYears();

        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2020));

        assertThat(report.categories()).hasSize(18);
        assertThat(row(report, "GENERAL_MANAGEMENT")).isEqualTo(new ConsultationCategoryRow("GENERAL_MANAGEMENT",
                "経営全般", 24_286L, pct("100.0"), 19_300, pct("78.8"), -4_986L, pct("79.5")));
        assertThat(row(report, "FINANCING")).isEqualTo(new ConsultationCategoryRow("FINANCING", "資金",
                0L, pct("0.0"), 4_106, pct("16.8"), 4_106L, null));
        assertThat(row(report, "LEGAL").shareB()).isEqualByComparingTo("4.1");
        assertThat(row(report, "INTERNATIONAL_TRADE").shareB()).isEqualByComparingTo("0.4");
        assertThat(report.total()).isEqualTo(new ConsultationCategoryRow("TOTAL", "合計",
                24_286L, pct("100.0"), 24_504, pct("100.0"), 218L, pct("100.9")));
    }

    @Test
    void aYearBeforeTheRecordsHasNoBreakdownNotZeros() {
        recordReferenceYears();

        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2019));

        assertThat(report.categories()).allSatisfy(row -> {
            assertThat(row.countA()).as("FY2018: before the records").isNull();
            assertThat(row.shareA()).isNull();
            assertThat(row.difference()).isNull();
            assertThat(row.ratio()).isNull();
        });
        assertThat(report.total().countB()).isEqualTo(24_286);
    }

    @Test
    void yearsBeforeTheRecordsShowThePublishedFiguresOrNone() {
        recordReferenceYears();
        publish("YOROZU", "SESSIONS", 2016, 8_957);
        publish("MIBYO_PHONE", "SESSIONS", 2018, 1);

        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2020));

        ReportLine yorozu = line(report, "YOROZU", "SESSIONS");
        assertThat(yorozu.years().get(0).count()).isEqualTo(8_957);
        assertThat(yorozu.years().get(0).source()).isEqualTo(ReportFigure.Source.PUBLISHED);
        assertThat(yorozu.years().get(1).source()).as("FY2017: nothing published").isEqualTo(ReportFigure.Source.NONE);
        assertThat(line(report, "MIBYO_PHONE", "SESSIONS").years().get(2).count()).isEqualTo(1);
    }

    @Test
    void aYearWithoutDataIsAllZeros() {
        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2030));

        assertThat(report.categories()).allSatisfy(row -> {
            assertThat(row.countA()).as("nothing recorded before it either: no breakdown").isNull();
            assertThat(row.countB()).isZero();
            assertThat(row.shareB()).isNull();
            assertThat(row.ratio()).isNull();
        });
        assertThat(report.total().countB()).isZero();
        assertThat(report.tables()).allSatisfy(table -> assertThat(table.lines()).allSatisfy(
                line -> assertThat(line.years()).allSatisfy(year -> assertThat(year.source()).isEqualTo(ReportFigure.Source.NONE))));
    }

    @Test
    void theSeriesStartsNoEarlierThanTheFirstFiscalYear() {
        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(1992));

        assertThat(report.yearLabels()).hasSize(3);
        assertThat(line(report, "YOROZU", "SESSIONS").years()).extracting(ReportFigure::fiscalYear)
                .containsExactly(1990, 1991, 1992);
    }

    /**
     * FY2019 and FY2020 as the reference report prints them, split over the desks so that each total is the
     * report's: ワンストップ (ONE_STOP, 下請かけこみ寺, 現場相談, 海外) = KIP − よろず (hub and satellites); the
     * 未病相談ダイヤル's sessions, in 経営全般 like most, are in no total.
     */
    private void recordReferenceYears() {
        ConsultationCategory general = ConsultationCategory.GENERAL_MANAGEMENT;
        recordYear(2019, 89, 474, 203, new Sessions(Desk.YOROZU_HUB, general, 12_000),
                new Sessions(Desk.YOROZU_SATELLITE, general, 3_864), new Sessions(Desk.ONE_STOP, general, 7_700),
                new Sessions(Desk.SUBCONTRACTING, general, 639), new Sessions(Desk.ON_SITE, general, 28),
                new Sessions(Desk.OVERSEAS, general, 55), new Sessions(Desk.MIBYO_PHONE, general, 140));
        recordYear(2020, 170, 297, 546, new Sessions(Desk.YOROZU_HUB, general, 10_000),
                new Sessions(Desk.YOROZU_SATELLITE, ConsultationCategory.FINANCING, 4_084),
                new Sessions(Desk.ONE_STOP, general, 9_300), new Sessions(Desk.SUBCONTRACTING, ConsultationCategory.LEGAL, 996),
                new Sessions(Desk.ON_SITE, ConsultationCategory.FINANCING, 22),
                new Sessions(Desk.OVERSEAS, ConsultationCategory.INTERNATIONAL_TRADE, 102),
                new Sessions(Desk.MIBYO_PHONE, general, 90));
    }

    private void recordYear(int fiscalYear, long lawyerConsultations, long advisorDispatches, long mibyoDispatches,
                            Sessions... sessions) {
        store(fiscalYear, year -> {
            for (Sessions atDesk : sessions) {
                sessions(year, atDesk.desk(), atDesk.category(), atDesk.count());
            }
            counters(year, "lawyerConsultationsByDesk").append("SUBCONTRACTING", lawyerConsultations);
            counters(year, "dispatchesByKind").append("MANAGEMENT_ADVISOR", advisorDispatches)
                    .append("MIBYO_IMPROVEMENT", mibyoDispatches);
        });
    }

    /** A desk's sessions of a year, all in one category. */
    private record Sessions(Desk desk, ConsultationCategory category, long count) {
    }

    /** Sessions as the projection counts them: by desk, by category and by both. */
    private static void sessions(Document year, Desk desk, ConsultationCategory category, long count) {
        Document categories = counters(year, "sessionsByCategory");
        categories.put(category.name(), categories.getLong(category.name()) + count);
        counters(year, "sessionsByDesk").put(desk.name(), count);
        counters(year, "sessionsByDeskAndCategory").get(desk.name(), Document.class).put(category.name(), count);
    }

    private void store(int fiscalYear, Consumer<Document> counts) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        Document document = StatisticsFields.zeroed(ConsultationStatisticsProjection.documentId(year), year);
        counts.accept(document);
        fixture.database().getCollection(ConsultationStatisticsProjection.COLLECTION).insertOne(document);
    }

    private void publish(String table, String line, int fiscalYear, long value) {
        fixture.publish(new PublishedFigure("consultations", table, line, fiscalYear, BigDecimal.valueOf(value)));
    }

    private static Document counters(Document year, String field) {
        return year.get(field, Document.class);
    }

    private static void assertLine(ConsultationStatisticsReport report, String table, String code, long a, long b,
                                   long difference, String ratio) {
        ReportLine line = line(report, table, code);
        assertThat(line.a().count()).as(table + "." + code + " A").isEqualTo(a);
        assertThat(line.b().count()).as(table + "." + code + " B").isEqualTo(b);
        assertThat(line.difference().count()).as(table + "." + code + " B−A").isEqualTo(difference);
        assertThat(line.ratio()).as(table + "." + code + " B/A %").isEqualByComparingTo(ratio);
    }

    private static ReportLine line(ConsultationStatisticsReport report, String table, String code) {
        return report.tables().stream().filter(candidate -> candidate.code().equals(table)).findFirst().orElseThrow()
                .lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static ConsultationCategoryRow row(ConsultationStatisticsReport report, String code) {
        return report.categories().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
