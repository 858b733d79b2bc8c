package org.smesupport.casework.query.matching;

import static org.smesupport.casework.api.common.ReportFigure.Source.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.query.ReportFigures;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairReportRow;
import org.smesupport.casework.api.matching.FairSideFigures;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.projection.matching.MatchingStatisticsFields;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.query.PresentationRounding;
import org.smesupport.casework.query.ReadModelFixture;

class MatchingStatisticsQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final MatchingStatisticsQueryHandler handler = new MatchingStatisticsQueryHandler(fixture.database(), fixture.published());

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    /**
     * The FY2020 report's 個別あっせん table (amounts as whole thousands of yen) reproduces its B − A and
     * B/A % columns and its success rates, except the amount's B/A %: 28,848 / 131,188 is 21.99 %, which
     * rounds half-up to 22.0; the report prints 21.9 (truncated), and no yen amounts behind those 千円
     * figures would round to 21.9.
     */
    @Test
    void reproducesTheFy2020ReportTable() {
        store(2016, 465, 100, 726, 159, 191_361_000);
        store(2017, 381, 137, 1_022, 195, 173_164_000);
        store(2018, 329, 110, 487, 166, 222_353_000);
        store(2019, 235, 111, 393, 131, 131_188_000);
        store(2020, 83, 53, 163, 46, 28_848_000);

        MatchingStatisticsReport report = handler.handle(new FindMatchingStatisticsQuery(2020));

        assertThat(report.yearLabels()).containsExactly("2016 (H28)", "2017 (H29)", "2018 (H30)", "2019 (R01)", "2020 (R02)");
        assertThat(report.yearALabel()).isEqualTo("2019 (R01)");
        assertThat(report.matching()).extracting(ReportLine::code).containsExactly("ORDER_REQUESTS",
                "SUPPLIER_REGISTRATIONS", "INTRODUCTIONS", "CONCLUDED", "SUCCESS_RATE", "INITIAL_ORDER_AMOUNT");
        assertLine(report.matching().get(0), -152, "35.3");
        assertLine(report.matching().get(1), -58, "47.7");
        assertLine(report.matching().get(2), -230, "41.5");
        assertLine(report.matching().get(3), -85, "35.1");
        ReportLine rate = report.matching().get(4);
        assertThat(rate.unit()).isEqualTo(ReportFigure.Unit.PERCENT);
        assertThat(rate.years()).extracting(ReportFigure::percent)
                .containsExactly(pct("21.9"), pct("19.1"), pct("34.1"), pct("33.3"), pct("28.2"));
        assertThat(rate.difference().percent()).isEqualTo(pct("-5.1"));
        assertThat(rate.ratio()).isEqualTo(pct("84.7"));
        ReportLine amount = report.matching().get(5);
        assertThat(amount.years()).extracting(ReportFigure::thousandYen)
                .containsExactly(191_361L, 173_164L, 222_353L, 131_188L, 28_848L);
        assertThat(amount.difference()).isEqualTo(new ReportFigure(null, null, null, null, null, -102_340_000L, -102_340L, null));
        assertThat(amount.ratio()).isEqualTo(pct("22.0"));
    }

    @Test
    void countsTheScenarioWithItsCorrectedOutcomes() {
        MatchingScenario.project(fixture);

        MatchingStatisticsReport report = handler.handle(new FindMatchingStatisticsQuery(2020));

        ReportLine requests = line(report, "ORDER_REQUESTS");
        assertThat(requests.a().count()).isEqualTo(1L);
        assertThat(requests.b().count()).isEqualTo(2L);
        assertThat(requests.ratio()).isEqualTo(pct("200.0"));
        ReportLine registrations = line(report, "SUPPLIER_REGISTRATIONS");
        assertThat(registrations.years()).extracting(ReportFigure::count).containsExactly(null, null, null, 3L, 5L);
        assertThat(registrations.years()).extracting(ReportFigure::source).containsExactly(NONE, NONE, NONE, null, null);
        assertThat(registrations.ratio()).isEqualTo(pct("166.7"));
        assertThat(line(report, "INTRODUCTIONS").b().count()).isEqualTo(4L);
        assertThat(line(report, "INTRODUCTIONS").ratio()).isEqualTo(pct("133.3"));
        ReportLine concluded = line(report, "CONCLUDED");
        assertThat(concluded.a().count()).as("R-2 corrected away from FY2019").isEqualTo(1L);
        assertThat(concluded.b().count()).as("R-2 corrected into FY2020").isEqualTo(2L);
        assertThat(concluded.ratio()).isEqualTo(pct("200.0"));
        ReportLine rate = line(report, "SUCCESS_RATE");
        assertThat(rate.a().percent()).isEqualTo(pct("33.3"));
        assertThat(rate.b().percent()).isEqualTo(pct("50.0"));
        assertThat(rate.difference().percent()).isEqualTo(pct("16.7"));
        assertThat(rate.ratio()).isEqualTo(pct("150.0"));
        assertThat(rate.years().get(0).percent()).as("no introductions in FY2016").isNull();
        ReportLine amount = line(report, "INITIAL_ORDER_AMOUNT");
        assertThat(amount.a()).isEqualTo(new ReportFigure(2019, "2019 (R01)", null, null, null, 2_000_000L, 2_000L, null));
        // ¥1,500,000 + ¥800,500: 2,300.5 千円 shows as 2,301 half-up; B − A ¥300,500 as 301.
        assertThat(amount.b()).isEqualTo(new ReportFigure(2020, "2020 (R02)", null, null, null, 2_300_500L, 2_301L, null));
        assertThat(amount.difference().thousandYen()).isEqualTo(301L);
        assertThat(amount.ratio()).isEqualTo(pct("115.0"));
    }

    @Test
    void listsTheYearsFairsWithSatisfactionAndThePreviousYearsMeetings() {
        MatchingScenario.project(fixture);

        MatchingStatisticsReport report = handler.handle(new FindMatchingStatisticsQuery(2020));

        assertThat(report.fairs()).extracting(fair -> fair.fairId().value()).containsExactly("F-1", "F-2");
        FairReportRow f1 = report.fairs().get(0);
        assertThat(f1.name()).isEqualTo("オンライン商談会（横須賀）");
        assertThat(f1.startsOn()).isEqualTo(LocalDate.of(2020, 7, 27));
        assertThat(f1.endsOn()).isEqualTo(LocalDate.of(2020, 8, 7));
        assertThat(f1.format()).isEqualTo(FairFormat.ONLINE);
        assertThat(f1.ordering()).isEqualTo(new FairSideFigures(3, 3, 2, pct("66.7")));
        assertThat(f1.supplying()).isEqualTo(new FairSideFigures(2, 1, 1, pct("100.0")));
        assertThat(f1.meetings()).isEqualTo(3);
        assertThat(report.fairs().get(1).supplying().satisfactionPercent()).as("no answers").isNull();
        assertThat(report.meetings()).isEqualTo(4);
        assertThat(report.previousYearMeetings()).isEqualTo(2);
    }

    @Test
    void roundsThousandsAndPercentagesHalfUpFromTheExactFigures() {
        assertThat(PresentationRounding.thousandYen(2_300_500)).isEqualTo(2_301L);
        assertThat(PresentationRounding.thousandYen(-1_500)).isEqualTo(-2L);
        assertThat(PresentationRounding.percent(46, 163)).isEqualTo(pct("28.2"));
        assertThat(PresentationRounding.percent(1, 0)).isNull();
        // 12.5 % − 6.25 % = 6.25 points shows as 6.3; taken from the rounded rates it would be 12.5 − 6.3 = 6.2.
        assertThat(ReportFigures.rateDifference(1, 8, 1, 16)).isEqualTo(pct("6.3"));
        assertThat(ReportFigures.rateRatio(1, 8, 0, 16)).as("A's rate is zero").isNull();
        assertThat(ReportFigures.rateDifference(1, 8, 0, 0)).as("A has no introductions").isNull();
    }

    @Test
    void aYearWithoutActivityAfterTheRecordsBeganIsAllZeros() {
        store(2020, 1, 1, 1, 1, 1_000);

        MatchingStatisticsReport report = handler.handle(new FindMatchingStatisticsQuery(2030));

        assertThat(report.matching()).allSatisfy(row -> assertThat(row.ratio()).isNull());
        assertThat(line(report, "CONCLUDED").b().count()).isZero();
        assertThat(line(report, "SUCCESS_RATE").b().percent()).isNull();
        assertThat(report.fairs()).isEmpty();
        assertThat(report.meetings()).isZero();
    }

    private void store(int fiscalYear, long requests, long registrations, long introductions, long concluded, long amount) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        fixture.database().getCollection(MatchingStatisticsProjection.COLLECTION).insertOne(
                MatchingStatisticsFields.zeroed(MatchingStatisticsProjection.documentId(year), year)
                        .append(MatchingStatisticsFields.ORDER_REQUESTS, requests)
                        .append(MatchingStatisticsFields.SUPPLIER_REGISTRATIONS, registrations)
                        .append(MatchingStatisticsFields.INTRODUCTIONS, introductions)
                        .append(MatchingStatisticsFields.CONCLUDED, concluded)
                        .append(MatchingStatisticsFields.INITIAL_ORDER_AMOUNT, amount));
    }

    private static void assertLine(ReportLine line, long difference, String ratio) {
        assertThat(line.difference().count()).isEqualTo(difference);
        assertThat(line.ratio()).isEqualTo(pct(ratio));
    }

    private static ReportLine line(MatchingStatisticsReport report, String code) {
        return report.matching().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
