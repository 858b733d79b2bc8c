package org.smesupport.casework.query.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.math.BigDecimal;
import java.util.Arrays;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.query.ReportFigures;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsFields;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.PresentationRounding;
import org.smesupport.casework.query.ReadModelFixture;

class RestructuringStatisticsQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final RestructuringStatisticsQueryHandler handler = new RestructuringStatisticsQueryHandler(fixture.database(), fixture.published());

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    /**
     * The FY2020 report's I-7 tables from stored year documents. Drafting flows are chosen so that the running
     * sums give the report's 計画策定支援中 row (23, 18, 22, 10, 22). Every B − A and B/A % matches the report
     * except 1次対応's B − A: 106 − 45 is 61; the report prints 62.
     */
    @Test
    void reproducesTheFy2020ReportTables() {
        store(2016, 40, 35, 23, 0, 24, 212, 14, 0, 0);
        store(2017, 42, 24, 20, 25, 25, 265, 31, 0, 0);
        store(2018, 45, 23, 30, 26, 16, 341, 74, 8_986, 357);
        Document fy2019 = store(2019, 45, 38, 30, 42, 28, 281, 98, 9_482, 573);
        Document fy2020 = store(2020, 106, 62, 55, 43, 43, 262, 92, 9_864, 295);
        steps(fy2019, "IMPROVEMENT_PLAN", 25, 24, 21, 20, 34, 28);
        steps(fy2020, "IMPROVEMENT_PLAN", 29, 27, 23, 24, 18, 19);
        steps(fy2019, "EARLY_IMPROVEMENT_PLAN", 67, 67, 84, 84, 92, 72);
        steps(fy2020, "EARLY_IMPROVEMENT_PLAN", 32, 32, 38, 38, 81, 80);
        MongoCollection<Document> collection = fixture.database().getCollection(RestructuringStatisticsProjection.COLLECTION);
        collection.replaceOne(new Document("_id", fy2019.getString("_id")), fy2019);
        collection.replaceOne(new Document("_id", fy2020.getString("_id")), fy2020);

        RestructuringStatisticsReport report = handler.handle(new FindRestructuringStatisticsQuery(2020));

        assertThat(report.yearLabels()).containsExactly("2016 (H28)", "2017 (H29)", "2018 (H30)", "2019 (R01)", "2020 (R02)");
        assertThat(report.tables()).extracting(ReportTable::code).containsExactly("SUCCESSION",
                "SUCCESSION_DIAGNOSES", "SUCCESSION_PLANS", "RESTRUCTURING", "IMPROVEMENT_PLAN", "EARLY_IMPROVEMENT_PLAN");
        assertCounts(line(report, "SUCCESSION", "CONSULTATIONS"), -19, "93.2", 212, 265, 341, 281, 262);
        ReportLine deals = line(report, "SUCCESSION", "DEALS");
        assertThat(deals.years()).extracting(ReportFigure::halfCounted)
                .containsExactly(pct("7.0"), pct("15.5"), pct("37.0"), pct("49.0"), pct("46.0"));
        assertThat(deals.difference().halfCounted()).isEqualTo(pct("-3.0"));
        assertThat(deals.difference().halves()).isEqualTo(-6L);
        assertThat(deals.ratio()).isEqualTo(pct("93.9"));
        assertCounts(line(report, "SUCCESSION_DIAGNOSES", "DIAGNOSES"), 382, "104.0", 0, 0, 8_986, 9_482, 9_864);
        assertCounts(line(report, "SUCCESSION_PLANS", "PLANS"), -278, "51.5", 0, 0, 357, 573, 295);
        assertCounts(line(report, "RESTRUCTURING", "FIRST_RESPONSE"), 61, "235.6", 40, 42, 45, 45, 106);
        assertCounts(line(report, "RESTRUCTURING", "SECOND_STAGE"), 24, "163.2", 35, 24, 23, 38, 62);
        assertCounts(line(report, "RESTRUCTURING", "PLAN_DRAFTING"), 12, "220.0", 23, 18, 22, 10, 22);
        assertCounts(line(report, "RESTRUCTURING", "PLAN_COMPLETED"), 15, "153.6", 24, 25, 16, 28, 43);
        assertRatios(report, "IMPROVEMENT_PLAN", "116.0", "112.5", "109.5", "120.0", "52.9", "67.9");
        assertRatios(report, "EARLY_IMPROVEMENT_PLAN", "47.8", "47.8", "45.2", "45.2", "88.0", "111.1");
        assertThat(line(report, "EARLY_IMPROVEMENT_PLAN", "MONITORING_REPORT_DECIDED").difference().count()).isEqualTo(8L);
    }

    @Test
    void countsTheScenarioAcrossTwoFiscalYears() {
        RestructuringScenario.project(fixture);

        RestructuringStatisticsReport fy2020 = handler.handle(new FindRestructuringStatisticsQuery(2020));

        assertAB(line(fy2020, "RESTRUCTURING", "FIRST_RESPONSE"), 1, 2, "200.0");
        assertAB(line(fy2020, "RESTRUCTURING", "SECOND_STAGE"), 1, 1, "100.0");
        // R-1 was drafting at FY2019's end and completed in FY2020.
        assertAB(line(fy2020, "RESTRUCTURING", "PLAN_DRAFTING"), 1, 0, "0.0");
        assertAB(line(fy2020, "RESTRUCTURING", "PLAN_COMPLETED"), 0, 1, null);
        assertAB(line(fy2020, "RESTRUCTURING", "DRASTIC"), 0, 1, null);
        assertAB(line(fy2020, "RESTRUCTURING", "SPECIAL_RESCHEDULING"), 0, 1, null);
        assertAB(line(fy2020, "SUCCESSION", "CONSULTATIONS"), 1, 2, "200.0");
        assertAB(line(fy2020, "SUCCESSION", "CONSULTATIONS_SELLER"), 1, 1, "100.0");
        assertAB(line(fy2020, "SUCCESSION", "CONSULTATIONS_BUYER"), 0, 1, null);
        ReportLine deals = line(fy2020, "SUCCESSION", "DEALS");
        assertThat(deals.b()).isEqualTo(new ReportFigure(2020, "2020 (R02)", null, 3L, pct("1.5"), null, null, null));
        assertThat(deals.difference().halfCounted()).isEqualTo(pct("1.5"));
        assertThat(deals.ratio()).isNull();
        assertAB(line(fy2020, "SUCCESSION_DIAGNOSES", "DIAGNOSES"), 0, 1, null);
        assertAB(line(fy2020, "SUCCESSION_PLANS", "PLANS"), 0, 1, null);
        assertAB(line(fy2020, "IMPROVEMENT_PLAN", "PAYMENT_APPLICATION_DECIDED"), 0, 1, null);
        ReportLine decided = line(fy2020, "IMPROVEMENT_PLAN", "SUBSIDIES_DECIDED");
        assertThat(decided.b()).isEqualTo(new ReportFigure(2020, "2020 (R02)", null, null, null, 2_000_000L, 2_000L, null));
        assertAB(line(fy2020, "EARLY_IMPROVEMENT_PLAN", "USAGE_APPLICATION_DECIDED"), 1, 0, "0.0");

        RestructuringStatisticsReport fy2021 = handler.handle(new FindRestructuringStatisticsQuery(2021));
        assertThat(line(fy2021, "RESTRUCTURING", "PLAN_DRAFTING").b().count()).as("a year without a document keeps the sum")
                .isZero();
        RestructuringStatisticsReport fy2019 = handler.handle(new FindRestructuringStatisticsQuery(2019));
        assertThat(line(fy2019, "RESTRUCTURING", "PLAN_DRAFTING").b().count()).isEqualTo(1L);
    }

    @Test
    void beforeTheRecordsNoYearHasAFigure() {
        RestructuringStatisticsReport report = handler.handle(new FindRestructuringStatisticsQuery(2030));

        assertThat(report.tables()).flatExtracting(ReportTable::lines).allSatisfy(row -> {
            assertThat(row.ratio()).isNull();
            assertThat(row.years()).extracting(ReportFigure::source).containsOnly(ReportFigure.Source.NONE);
        });
    }

    @Test
    void aYearWithoutActivityAfterTheRecordsBeganIsAllZeros() {
        fixture.database().getCollection(RestructuringStatisticsProjection.COLLECTION).insertOne(
                RestructuringStatisticsFields.zeroed(RestructuringStatisticsProjection.documentId(FiscalYear.of(2020)),
                        FiscalYear.of(2020)));

        RestructuringStatisticsReport report = handler.handle(new FindRestructuringStatisticsQuery(2030));

        assertThat(report.tables()).flatExtracting(ReportTable::lines)
                .allSatisfy(row -> assertThat(row.ratio()).isNull());
        assertThat(line(report, "SUCCESSION", "DEALS").b().halfCounted()).isEqualTo(pct("0.0"));
        assertThat(line(report, "RESTRUCTURING", "PLAN_DRAFTING").b().count()).isZero();
    }

    @Test
    void showsHalvesWithOneDecimal() {
        assertThat(ReportFigures.halfCounted(31)).isEqualTo(pct("15.5"));
        assertThat(ReportFigures.halfCounted(-1)).isEqualTo(pct("-0.5"));
        assertThat(PresentationRounding.percent(92, 98)).isEqualTo(pct("93.9"));
    }

    private Document store(int fiscalYear, long opened, long secondStage, long draftingStarted, long draftingLeft,
                           long completed, long sellerConsultations, long dealHalves, long diagnoses, long plans) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        Document document = RestructuringStatisticsFields.zeroed(RestructuringStatisticsProjection.documentId(year), year)
                .append(RestructuringStatisticsFields.OPENED, opened)
                .append(RestructuringStatisticsFields.SECOND_STAGE, secondStage)
                .append(RestructuringStatisticsFields.DRAFTING_STARTED, draftingStarted)
                .append(RestructuringStatisticsFields.DRAFTING_LEFT, draftingLeft)
                .append(RestructuringStatisticsFields.COMPLETED, completed)
                .append(RestructuringStatisticsFields.DEAL_HALVES, dealHalves)
                .append(RestructuringStatisticsFields.SUCCESSION_DIAGNOSES, diagnoses)
                .append(RestructuringStatisticsFields.SUCCESSION_PLANS, plans);
        document.get(RestructuringStatisticsFields.SUCCESSION_CONSULTATIONS, Document.class).put("SELLER", sellerConsultations);
        fixture.database().getCollection(RestructuringStatisticsProjection.COLLECTION).insertOne(document);
        return document;
    }

    private static void steps(Document year, String kind, long... counts) {
        Document steps = year.get(RestructuringStatisticsFields.SUBSIDY_STEPS, Document.class).get(kind, Document.class);
        ImprovementSubsidyStep[] order = ImprovementSubsidyStep.values();
        for (int i = 0; i < order.length; i++) {
            steps.put(order[i].name(), counts[i]);
        }
    }

    private static void assertCounts(ReportLine line, long difference, String ratio, long... years) {
        assertThat(line.years()).extracting(ReportFigure::count)
                .containsExactlyElementsOf(Arrays.stream(years).boxed().toList());
        assertThat(line.difference().count()).isEqualTo(difference);
        assertThat(line.ratio()).isEqualTo(pct(ratio));
    }

    private static void assertRatios(RestructuringStatisticsReport report, String table, String... ratios) {
        assertThat(report.tables().stream().filter(t -> t.code().equals(table)).findFirst().orElseThrow().lines()
                .subList(0, ratios.length)).extracting(ReportLine::ratio)
                .containsExactly(Arrays.stream(ratios).map(BigDecimal::new).toArray(BigDecimal[]::new));
    }

    private static void assertAB(ReportLine line, long a, long b, String ratio) {
        assertThat(line.a().count()).isEqualTo(a);
        assertThat(line.b().count()).isEqualTo(b);
        assertThat(line.difference().count()).isEqualTo(b - a);
        assertThat(line.ratio()).isEqualTo(ratio == null ? null : pct(ratio));
    }

    private static ReportLine line(RestructuringStatisticsReport report, String table, String code) {
        return report.tables().stream().filter(t -> t.code().equals(table)).findFirst().orElseThrow().lines().stream()
                .filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
