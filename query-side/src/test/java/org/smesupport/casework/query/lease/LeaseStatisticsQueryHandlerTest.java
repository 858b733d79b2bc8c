package org.smesupport.casework.query.lease;

import static org.smesupport.casework.api.common.ReportFigure.Source.NONE;
import static org.smesupport.casework.api.common.ReportFigure.Source.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.projection.lease.LeaseStatisticsFields;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.query.PresentationRounding;
import org.smesupport.casework.query.ReadModelFixture;

/**
 * The FY2020 report's own figures (in yen, as thousands) reproduce its B − A and B/A % columns. Closing
 * balances are worked out from the flows: FY2016 480,186,000 + 32,032,000 − 40,392,000 − 39,166,000 =
 * 432,660,000, then 420,607,000, 424,510,000, 375,903,000 and 338,854,000 (the report prints 432,665 …
 * 338,858: its own figures do not add up, see the note).
 */
class LeaseStatisticsQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final LeaseStatisticsQueryHandler handler = new LeaseStatisticsQueryHandler(fixture.database(), fixture.published());

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void rollsTheReceivablesForwardOverFiveYearsFromEveryEarlierYear() {
        store(2014, year -> flows(year, 500_000_000, 19_814_000, 0));
        store(2016, year -> flows(year, 32_032_000, 40_392_000, 39_166_000));
        store(2017, year -> flows(year, 50_308_000, 44_026_000, 18_335_000));
        store(2018, year -> flows(year, 40_420_000, 31_971_000, 4_546_000));
        store(2019, year -> flows(year, 45_466_000, 39_332_000, 54_741_000));
        store(2020, year -> flows(year, 21_908_000, 33_139_000, 25_818_000));

        LeaseStatisticsReport report = handler.handle(new FindLeaseStatisticsQuery(2020));

        assertThat(report.yearLabels()).containsExactly("2016 (H28)", "2017 (H29)", "2018 (H30)", "2019 (R01)", "2020 (R02)");
        ReportLine opening = line(report, "OPENING");
        assertThat(opening.years()).extracting(ReportFigure::yen)
                .containsExactly(480_186_000L, 432_660_000L, 420_607_000L, 424_510_000L, 375_903_000L);
        assertThat(opening.years()).extracting(ReportFigure::thousandYen)
                .containsExactly(480_186L, 432_660L, 420_607L, 424_510L, 375_903L);
        assertThat(opening.difference().thousandYen()).isEqualTo(-48_607L);
        assertThat(opening.ratio()).isEqualTo(pct("88.5"));
        ReportLine closing = line(report, "CLOSING");
        assertThat(closing.years()).extracting(ReportFigure::yen)
                .containsExactly(432_660_000L, 420_607_000L, 424_510_000L, 375_903_000L, 338_854_000L);
        assertThat(closing.difference().yen()).isEqualTo(-37_049_000L);
        assertThat(closing.ratio()).isEqualTo(pct("90.1"));
        assertThat(line(report, "ARISING").ratio()).isEqualTo(pct("48.2"));
        assertThat(line(report, "RECOVERED").ratio()).isEqualTo(pct("84.3"));
        assertThat(line(report, "WRITTEN_OFF").ratio()).isEqualTo(pct("47.2"));
        assertThat(line(report, "WRITTEN_OFF").a()).isEqualTo(new ReportFigure(2019, "2019 (R01)", null, null, null, 54_741_000L, 54_741L, null));
        assertThat(report.note()).contains("432,665");
    }

    @Test
    void showsContractsInThousandsOfYenRoundedHalfUp() {
        store(2019, year -> {
            contracts(year, "MANUFACTURING", 10, 200_000_000);
            contracts(year, "CONSTRUCTION", 11, 143_373_400);
        });
        store(2020, year -> {
            contracts(year, "MANUFACTURING", 8, 100_000_000);
            contracts(year, "CONSTRUCTION", 5, 80_000_000);
            contracts(year, "SERVICES", 5, 50_000_000);
            contracts(year, "OTHER", 3, 33_508_000);
            subsidies(year, "newContracts", 12, 514_499);
            subsidies(year, "existingContracts", 72, 12_866_500);
            year.put("companies", firms(21));
            year.get("subsidies", Document.class).get("newContracts", Document.class).put("companies", firms(10));
        });

        LeaseStatisticsReport report = handler.handle(new FindLeaseStatisticsQuery(2020));

        ReportLine count = line(report, "CONTRACTS");
        assertThat(count.unit()).isEqualTo(ReportFigure.Unit.COUNT);
        assertThat(count.a().count()).isEqualTo(21L);
        assertThat(count.b().count()).isEqualTo(21L);
        assertThat(count.difference().count()).isZero();
        assertThat(count.ratio()).isEqualTo(pct("100.0"));
        ReportLine amount = line(report, "AMOUNT");
        assertThat(amount.a()).isEqualTo(new ReportFigure(2019, "2019 (R01)", null, null, null, 343_373_400L, 343_373L, null));
        assertThat(amount.b().thousandYen()).isEqualTo(263_508L);
        // −79,865,400 yen: B − A is taken in yen, then rounded.
        assertThat(amount.difference()).isEqualTo(new ReportFigure(null, null, null, null, null, -79_865_400L, -79_865L, null));
        assertThat(amount.ratio()).isEqualTo(pct("76.7"));
        assertThat(report.contractsByIndustry()).filteredOn(row -> row.code().startsWith("OTHER_"))
                .extracting(row -> row.b().count() != null ? row.b().count() : row.b().yen())
                .containsExactly(3L, 33_508_000L);
        // 12,866,500 is exactly half-way: half-up gives 12,867 (the report's figure), half-even would give 12,866.
        assertThat(line(report, "EXISTING_CONTRACTS_AMOUNT").b().thousandYen()).isEqualTo(12_867L);
        assertThat(line(report, "NEW_CONTRACTS_AMOUNT").b().thousandYen()).isEqualTo(514L);
        assertThat(line(report, "NEW_CONTRACTS_COUNT").ratio()).as("A = 0").isNull();
        // 「令和２年度に設備貸与事業を利用した企業 21 社の内、10 社 12 件に対して 514 千円の利息補助」
        assertThat(line(report, "COMPANIES").b().count()).isEqualTo(21L);
        assertThat(line(report, "NEW_CONTRACTS_COMPANIES").b().count()).isEqualTo(10L);
        assertThat(line(report, "NEW_CONTRACTS_COUNT").b().count()).isEqualTo(12L);
        assertThat(line(report, "EXISTING_CONTRACTS_COMPANIES").b().count()).isZero();
    }

    private static List<String> firms(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "C-" + n).toList();
    }

    @Test
    void roundsThousandsHalfUpAwayFromZeroAndPercentagesToOneDecimal() {
        assertThat(PresentationRounding.thousandYen(1_499)).isEqualTo(1L);
        assertThat(PresentationRounding.thousandYen(1_500)).isEqualTo(2L);
        assertThat(PresentationRounding.thousandYen(2_500)).isEqualTo(3L);
        assertThat(PresentationRounding.thousandYen(-1_500)).isEqualTo(-2L);
        assertThat(PresentationRounding.percent(1, 16)).isEqualTo(pct("6.3"));
        assertThat(PresentationRounding.percent(5, 0)).isNull();
        // Rounded one by one, figures need not add up: 1,400 + 1,400 = 2,800 shows as 1 + 1 = 3.
        assertThat(PresentationRounding.thousandYen(1_400) * 2).isNotEqualTo(PresentationRounding.thousandYen(2_800));
    }

    @Test
    void aYearWithoutActivityAfterTheRecordsBeganIsAllZeros() {
        store(2020, year -> flows(year, 21_908_000, 33_139_000, 25_818_000));

        LeaseStatisticsReport report = handler.handle(new FindLeaseStatisticsQuery(2030));

        assertThat(line(report, "ARISING").b().yen()).isZero();
        assertThat(line(report, "CLOSING").b().yen()).isEqualTo(21_908_000L - 33_139_000L - 25_818_000L);
        assertThat(line(report, "ARISING").ratio()).isNull();
        assertThat(report.contractsByIndustry()).hasSize(16);
    }

    @Test
    void aYearBeforeTheRecordsHasNoFigureUnlessOneWasPublished() {
        store(2020, year -> flows(year, 21_908_000, 33_139_000, 25_818_000));
        publish(2019, "ARISING", "45466");
        publish(2016, "OPENING", "480186");
        publish(2016, "ARISING", "32032");
        publish(2016, "RECOVERED", "40392");
        publish(2016, "WRITTEN_OFF", "39166");
        publish(2016, "CLOSING", "432665");
        publish(2020, "ARISING", "21907");

        LeaseStatisticsReport report = handler.handle(new FindLeaseStatisticsQuery(2020));

        ReportLine arising = line(report, "ARISING");
        assertThat(arising.years()).extracting(ReportFigure::source)
                .containsExactly(PUBLISHED, NONE, NONE, PUBLISHED, null);
        assertThat(arising.a()).isEqualTo(new ReportFigure(2019, "2019 (R01)", null, null, null, null, 45_466L, null,
                PUBLISHED, null, null));
        // B − A and B/A % from the printed figures, as the published report took them: 21,908 − 45,466.
        assertThat(arising.difference().thousandYen()).isEqualTo(-23_558L);
        assertThat(arising.difference().yen()).isNull();
        assertThat(arising.ratio()).isEqualTo(pct("48.2"));
        // A recorded year keeps its recorded figure; the published one differing from it is listed beside it.
        assertThat(arising.b().yen()).isEqualTo(21_908_000L);
        assertThat(arising.b().published()).isEqualByComparingTo("21907");
        // The published FY2016 roll-forward does not balance: kept as published, and flagged.
        ReportLine closing = line(report, "CLOSING");
        assertThat(closing.years().get(0).thousandYen()).isEqualTo(432_665L);
        assertThat(closing.years().get(0).flag()).contains("432660", "432665");
        assertThat(line(report, "RECOVERED").years().get(0).flag()).isNull();
        // Nothing was published for FY2019's closing: no figure, and no comparison with it.
        assertThat(closing.a().source()).isEqualTo(NONE);
        assertThat(closing.difference().source()).isEqualTo(NONE);
        assertThat(closing.ratio()).isNull();
    }

    @Test
    void theFirstRecordedYearOpensWithTheClosingPublishedForTheYearBeforeOrIsFlagged() {
        store(2020, year -> flows(year, 21_908_000, 33_139_000, 25_818_000));
        publish(2019, "CLOSING", "375907");

        ReportLine opening = line(handler.handle(new FindLeaseStatisticsQuery(2020)), "OPENING");

        // the records open FY2020 with 0 (no contract brought forward): not the 375,907 published for FY2019
        assertThat(opening.b().yen()).isZero();
        assertThat(opening.b().flag()).isEqualTo("前年度の公表値 375907 と一致しない（記録 0）");
        assertThat(opening.a().source()).isEqualTo(NONE);

        store(2019, year -> flows(year, 375_907_000, 0, 0));
        ReportLine balanced = line(handler.handle(new FindLeaseStatisticsQuery(2020)), "OPENING");
        assertThat(balanced.b().flag()).as("FY2019 is recorded now: its own closing carries over").isNull();
    }

    private void publish(int fiscalYear, String line, String value) {
        fixture.publish(new PublishedFigure("leases", "RECEIVABLES", line, fiscalYear, new BigDecimal(value)));
    }

    private void store(int fiscalYear, Consumer<Document> figures) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        Document document = LeaseStatisticsFields.zeroed(LeaseStatisticsProjection.documentId(year), year);
        figures.accept(document);
        fixture.database().getCollection(LeaseStatisticsProjection.COLLECTION).insertOne(document);
    }

    private static void flows(Document year, long arising, long recovered, long writtenOff) {
        year.get("receivables", Document.class).append("arising", arising).append("recovered", recovered)
                .append("writtenOff", writtenOff);
    }

    private static void contracts(Document year, String industry, long count, long amount) {
        year.get("contractsByIndustry", Document.class).append(industry, count);
        year.get("amountByIndustry", Document.class).append(industry, amount);
    }

    private static void subsidies(Document year, String kind, long count, long amount) {
        year.get("subsidies", Document.class).get(kind, Document.class).append("count", count).append("amount", amount);
    }

    private static ReportLine line(LeaseStatisticsReport report, String code) {
        return Stream.of(report.contracts(), report.receivables(), report.subsidies())
                .flatMap(List::stream)
                .filter(row -> row.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
