package org.smesupport.casework.query.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCategoryRow;
import org.smesupport.casework.api.consultation.ConsultationComparisonRow;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.consultation.FiscalYearCount;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.projection.consultation.StatisticsFields;
import org.smesupport.casework.query.ReadModelFixture;

/** Expected figures are computed by hand from the counts stored below. */
class ConsultationStatisticsQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final ConsultationStatisticsQueryHandler handler = new ConsultationStatisticsQueryHandler(fixture.database(), fixture.published());

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void comparesBWithAAndRoundsHalfUp() {
        // A = FY2019: 資金 8, 法律 4 → 12 sessions. B = FY2020: 資金 10, 法律 1, IT 4 → 15 sessions.
        store(2019, year -> {
            categories(year).append("FINANCING", 8L).append("LEGAL", 4L);
            desks(year).append("ONE_STOP", 8L).append("SUBCONTRACTING", 4L);
            lawyers(year).append("SUBCONTRACTING", 3L);
            year.append("onSiteSessions", 16L);
            year.get("dispatchesByKind", Document.class).append("MANAGEMENT_ADVISOR", 8L);
        });
        store(2020, year -> {
            categories(year).append("FINANCING", 10L).append("LEGAL", 1L).append("IT", 4L);
            desks(year).append("ONE_STOP", 10L).append("SUBCONTRACTING", 5L);
            lawyers(year).append("SUBCONTRACTING", 3L);
            year.append("onSiteSessions", 1L);
            year.get("dispatchesByKind", Document.class).append("MANAGEMENT_ADVISOR", 10L).append("MIBYO_IMPROVEMENT", 2L);
        });
        store(2016, year -> categories(year).append("OTHER", 3L));

        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2020));

        assertThat(report.yearALabel()).isEqualTo("2019 (R01)");
        assertThat(report.yearBLabel()).isEqualTo("2020 (R02)");
        assertThat(report.categories()).hasSize(18);
        assertThat(row(report, "FINANCING")).isEqualTo(new ConsultationCategoryRow("FINANCING", "資金",
                8, pct("66.7"), 10, pct("66.7"), 2, pct("125.0")));
        assertThat(row(report, "LEGAL")).isEqualTo(new ConsultationCategoryRow("LEGAL", "法律",
                4, pct("33.3"), 1, pct("6.7"), -3, pct("25.0")));
        assertThat(row(report, "IT")).isEqualTo(new ConsultationCategoryRow("IT", "IT",
                0, pct("0.0"), 4, pct("26.7"), 4, null));
        assertThat(row(report, "PATENT")).isEqualTo(new ConsultationCategoryRow("PATENT", "特許",
                0, pct("0.0"), 0, pct("0.0"), 0, null));
        assertThat(report.total()).isEqualTo(new ConsultationCategoryRow("TOTAL", "合計",
                12, pct("100.0"), 15, pct("100.0"), 3, pct("125.0")));
        // 66.7 + 6.7 + 26.7 = 100.1: shares are rounded one by one, as the report says.
        assertThat(report.desks()).contains(
                new ConsultationComparisonRow("ONE_STOP", "ワンストップ相談", 8, 10, 2, pct("125.0")),
                new ConsultationComparisonRow("SUBCONTRACTING", "下請かけこみ寺", 4, 5, 1, pct("125.0")),
                new ConsultationComparisonRow("OVERSEAS", "海外ビジネス相談", 0, 0, 0, null));
        assertThat(report.lawyerConsultations())
                .isEqualTo(new ConsultationComparisonRow("LAWYER_CONSULTATIONS", "うち弁護士相談", 3, 3, 0, pct("100.0")));
        // 1 / 16 = 6.25 %: half-up gives 6.3 where half-even would give 6.2.
        assertThat(report.onSiteSessions())
                .isEqualTo(new ConsultationComparisonRow("ON_SITE_SESSIONS", "現場相談", 16, 1, -15, pct("6.3")));
        assertThat(report.expertDispatches()).containsExactly(
                new ConsultationComparisonRow("MANAGEMENT_ADVISOR", "経営アドバイザー", 8, 10, 2, pct("125.0")),
                new ConsultationComparisonRow("MIBYO_IMPROVEMENT", "未病改善", 0, 2, 2, null));
        assertThat(report.fiveYearSessions()).containsExactly(
                new FiscalYearCount(2016, "2016 (H28)", 3),
                new FiscalYearCount(2017, "2017 (H29)", 0),
                new FiscalYearCount(2018, "2018 (H30)", 0),
                new FiscalYearCount(2019, "2019 (R01)", 12),
                new FiscalYearCount(2020, "2020 (R02)", 15));
    }

    @Test
    void aYearWithoutDataIsAllZeros() {
        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(2030));

        assertThat(report.categories()).allSatisfy(row -> {
            assertThat(row.countA()).isZero();
            assertThat(row.countB()).isZero();
            assertThat(row.shareB()).isNull();
            assertThat(row.ratio()).isNull();
        });
        assertThat(report.total().countB()).isZero();
        assertThat(report.fiveYearSessions()).extracting(FiscalYearCount::count).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theSeriesStartsNoEarlierThanTheFirstFiscalYear() {
        ConsultationStatisticsReport report = handler.handle(new FindConsultationStatisticsQuery(1992));

        assertThat(report.fiveYearSessions()).extracting(FiscalYearCount::fiscalYear).containsExactly(1990, 1991, 1992);
    }

    private void store(int fiscalYear, Consumer<Document> counts) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        Document document = StatisticsFields.zeroed(ConsultationStatisticsProjection.documentId(year), year);
        counts.accept(document);
        fixture.database().getCollection(ConsultationStatisticsProjection.COLLECTION).insertOne(document);
    }

    private static Document categories(Document year) {
        return year.get("sessionsByCategory", Document.class);
    }

    private static Document desks(Document year) {
        return year.get("sessionsByDesk", Document.class);
    }

    private static Document lawyers(Document year) {
        return year.get("lawyerConsultationsByDesk", Document.class);
    }

    private static ConsultationCategoryRow row(ConsultationStatisticsReport report, String code) {
        return report.categories().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
