package org.smesupport.casework.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractSummary;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.api.matching.FindMatchingFairsQuery;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.FindSuppliersQuery;
import org.smesupport.casework.api.matching.MatchingFairList;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.SupplierPage;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.published.FindPublishedFiguresQuery;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.succession.FindSuccessionCasesQuery;
import org.smesupport.casework.api.succession.SuccessionCasePage;
import org.smesupport.casework.app.CaseworkApplication;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.admin.ProjectionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo history goes through the real command path, every command accepted, and loads only once;
 * its lease portfolio has arrears and a receivables roll-forward that balances in every year; matching,
 * restructuring and succession have read models to show, and deals never outnumber introductions.
 */
@SpringBootTest(classes = CaseworkApplication.class, properties = {
        "casework.demo-data.enabled=true", "casework.demo-data.cases-per-year=30",
        "casework.demo-data.contracts-per-year=6", "casework.demo-data.suppliers=12",
        "casework.demo-data.order-requests-per-year=8", "casework.demo-data.fairs-per-year=1",
        "casework.demo-data.restructuring-cases-per-year=5", "casework.demo-data.subsidies-per-year=3",
        "casework.demo-data.succession-cases-per-year=5"})
@ActiveProfiles("test")
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionAdministration projections;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-demo-").toString();
        registry.add("casework.data-dir", () -> dir);
        // three fiscal years of history, ending with the current one
        registry.add("casework.demo-data.first-fiscal-year",
                () -> FiscalYear.containing(LocalDate.now()).startYear() - 2);
    }

    @Test
    void loadsTheHistoryOnceAndTheProjectionsCatchUp() {
        assertThat(eventStore.lastSequenceNumberFor(DemoCompanies.FIRST_COMPANY.value())).isPresent();
        long head = projections.headPosition();
        assertThat(head).as("companies, cases, sessions, closures, contracts, payments").isGreaterThan(200);

        loader.run(null);

        assertThat(projections.headPosition()).as("a second run stores nothing").isEqualTo(head);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projections.statuses().stream()
                .allMatch(status -> status.position() >= head && !status.error()));
        assertThat(projections.statuses()).extracting(ProjectionStatus::name)
                .contains("companies", "consultation-cases", "consultation-statistics", "lease-contracts",
                        "lease-statistics", "matching", "matching-statistics", "restructuring");

        assertThat(contracts(null).total()).as("lease contracts").isGreaterThanOrEqualTo(3 * 4);
        assertThat(contracts(true).total()).as("contracts in arrears").isPositive();
        assertThat(query(new FindPublishedFiguresQuery("leases"), PublishedFigures.class).figures())
                .as("the reference report's published FY2016–FY2019 lease figures").hasSize(28);
        assertReceivablesRollForwardBalances();
        assertMatchingRestructuringAndSuccessionAreLoaded();
        assertEveryContractIsNumberedOncePerYearFromOne();
    }

    /** The history's contracts get references as the processor follows the store: 1 … n in each fiscal year. */
    private void assertEveryContractIsNumberedOncePerYearFromOne() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<LeaseContractSummary> all = queryGateway.query(new FindLeaseContractsQuery(null, null, null, null, null, 0,
                    1000), ResponseTypes.instanceOf(LeaseContractPage.class)).join().items();
            assertThat(all).extracting(LeaseContractSummary::reference).doesNotContainNull();
            Map<String, List<Integer>> numbersByYear = all.stream().collect(Collectors.groupingBy(
                    contract -> contract.reference().substring(0, "貸与-2020".length()),
                    Collectors.mapping(contract -> Integer.parseInt(contract.reference().substring("貸与-2020-".length())),
                            Collectors.toList())));
            numbersByYear.forEach((year, numbers) -> assertThat(numbers).as(year)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
        });
    }

    private void assertMatchingRestructuringAndSuccessionAreLoaded() {
        assertThat(query(new FindSuppliersQuery(null, null, null, 0, 1), SupplierPage.class).total())
                .as("suppliers").isPositive();
        assertThat(query(new FindOrderRequestsQuery(null, 0, 1), OrderRequestPage.class).total())
                .as("order requests").isPositive();
        assertThat(query(new FindMatchingFairsQuery(null), MatchingFairList.class).fairs()).as("fairs").isNotEmpty();
        assertThat(query(new FindRestructuringCasesQuery(null, null, null, LocalDate.now(clock), 0, 1),
                RestructuringCasePage.class).total()).as("restructuring cases").isPositive();
        assertThat(query(new FindSuccessionCasesQuery(null, null, 0, 1), SuccessionCasePage.class).total())
                .as("succession cases").isPositive();

        int fiscalYear = FiscalYear.containing(LocalDate.now(clock)).startYear();
        MatchingStatisticsReport report = query(new FindMatchingStatisticsQuery(fiscalYear),
                MatchingStatisticsReport.class);
        Map<String, List<ReportFigure>> lines = report.matching().stream()
                .collect(Collectors.toMap(ReportLine::code, DemoDataLoaderTest::recordedYears));
        List<ReportFigure> introductions = lines.get("INTRODUCTIONS");
        List<ReportFigure> concluded = lines.get("CONCLUDED");
        for (int year = 0; year < introductions.size(); year++) {
            assertThat(concluded.get(year).count()).as("deals concluded in %s", concluded.get(year).label())
                    .isLessThanOrEqualTo(introductions.get(year).count());
        }
        assertThat(introductions.stream().mapToLong(ReportFigure::count).sum()).as("introductions").isPositive();
    }

    private <R> R query(Object query, Class<R> type) {
        return queryGateway.query(query, ResponseTypes.instanceOf(type)).join();
    }

    /** opening + arising − recovered − written off = closing in every year, and each year opens where the last closed. */
    private void assertReceivablesRollForwardBalances() {
        int fiscalYear = FiscalYear.containing(LocalDate.now(clock)).startYear();
        LeaseStatisticsReport report = queryGateway.query(new FindLeaseStatisticsQuery(fiscalYear),
                ResponseTypes.instanceOf(LeaseStatisticsReport.class)).join();
        Map<String, List<ReportFigure>> lines = report.receivables().stream()
                .collect(Collectors.toMap(ReportLine::code, DemoDataLoaderTest::recordedYears));
        Function<String, long[]> yen = code -> lines.get(code).stream().mapToLong(ReportFigure::yen).toArray();
        long[] opening = yen.apply("OPENING");
        long[] arising = yen.apply("ARISING");
        long[] recovered = yen.apply("RECOVERED");
        long[] writtenOff = yen.apply("WRITTEN_OFF");
        long[] closing = yen.apply("CLOSING");
        for (int year = 0; year < closing.length; year++) {
            assertThat(opening[year] + arising[year] - recovered[year] - writtenOff[year])
                    .as("roll-forward of %s", lines.get("CLOSING").get(year).label()).isEqualTo(closing[year]);
            if (year > 0) {
                assertThat(opening[year]).isEqualTo(closing[year - 1]);
            }
        }
        assertThat(LongStream.of(arising).sum()).as("arrears arose").isPositive();
        assertThat(LongStream.of(recovered).sum()).as("arrears were recovered").isPositive();
        assertThat(closing[closing.length - 1]).as("arrears today").isPositive();
    }

    /** The years of a line the history records (the years before it have no figure: "―"). */
    private static List<ReportFigure> recordedYears(ReportLine line) {
        return line.years().stream().filter(year -> year.source() == null).toList();
    }

    private LeaseContractPage contracts(Boolean inArrears) {
        return queryGateway.query(new FindLeaseContractsQuery(null, null, null, inArrears, null, 0, 1),
                ResponseTypes.instanceOf(LeaseContractPage.class)).join();
    }
}
