package org.smesupport.casework.query.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.smesupport.casework.query.lease.LeaseScenario.date;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.ArrearsBucket;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.InstalmentState;
import org.smesupport.casework.api.lease.LeaseApprovalRequest;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractSummary;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.LeaseInstalmentView;
import org.smesupport.casework.api.lease.LeaseRollForwardYear;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.query.ReadModelFixture;

/** Figures from {@link LeaseScenario}; days past due counted from L-1's oldest arrears, due 2020-05-31. */
class LeaseContractQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final LeaseContractQueryHandler handler = new LeaseContractQueryHandler(fixture.database(), group -> Optional.empty(),
                fixture.companyNames());

    @BeforeEach
    void projectContracts() {
        LeaseScenario.project(fixture);
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void agesTheArrearsAgainstTheDateAskedAbout() {
        assertThat(ageing("2020-05-31")).as("due that day: not past due").containsExactly(null, null);
        assertThat(ageing("2020-06-01")).containsExactly(1L, ArrearsBucket.DAYS_1_TO_30);
        assertThat(ageing("2020-06-30")).containsExactly(30L, ArrearsBucket.DAYS_1_TO_30);
        assertThat(ageing("2020-07-01")).containsExactly(31L, ArrearsBucket.DAYS_31_TO_90);
        assertThat(ageing("2020-08-29")).containsExactly(90L, ArrearsBucket.DAYS_31_TO_90);
        assertThat(ageing("2020-08-30")).containsExactly(91L, ArrearsBucket.DAYS_91_TO_180);
        assertThat(ageing("2020-11-27")).containsExactly(180L, ArrearsBucket.DAYS_91_TO_180);
        assertThat(ageing("2020-11-28")).containsExactly(181L, ArrearsBucket.DAYS_181_TO_365);
        assertThat(ageing("2021-05-31")).containsExactly(365L, ArrearsBucket.DAYS_181_TO_365);
        assertThat(ageing("2021-06-01")).containsExactly(366L, ArrearsBucket.OVER_365_DAYS);
    }

    @Test
    void derivesEachInstalmentsStateOnTheDateAskedAbout() {
        assertThat(states("L-1", "2020-08-31")).containsExactly(InstalmentState.IN_ARREARS, InstalmentState.IN_ARREARS,
                InstalmentState.OVERDUE, InstalmentState.DUE);
        assertThat(states("L-1", "2020-07-30")).containsExactly(InstalmentState.IN_ARREARS, InstalmentState.IN_ARREARS,
                InstalmentState.UPCOMING, InstalmentState.UPCOMING);
        assertThat(states("L-2", "2020-09-30")).containsExactly(InstalmentState.WRITTEN_OFF, InstalmentState.UPCOMING);
        assertThat(states("L-3", "2020-09-30")).containsExactly(InstalmentState.PAID);
    }

    @Test
    void detailCarriesBalancesScheduleRollForwardRequestsAndTimeline() {
        LeaseContractView view = handler.handle(new FindLeaseContractQuery(LeaseContractId.of("L-1"), date("2020-09-30")));

        LeaseContractSummary summary = view.summary();
        assertThat(summary.companyName()).isEqualTo("相模精機");
        assertThat(summary.status()).isEqualTo(LeaseContractStatus.ACTIVE);
        assertThat(summary.outstandingPrincipal()).isEqualTo(Yen.of(350_000));
        assertThat(summary.arrears()).isEqualTo(Yen.of(151_000));
        assertThat(summary.oldestArrearsDueDate()).isEqualTo(date("2020-05-31"));
        assertThat(summary.pendingApprovals()).isEqualTo(1);
        assertThat(summary.version()).isEqualTo(4L);
        assertThat(view.daysPastDue()).isEqualTo(122L);
        assertThat(view.arrearsBucket()).isEqualTo(ArrearsBucket.DAYS_91_TO_180);
        LeaseInstalmentView first = view.schedule().get(0);
        assertThat(first.paid()).isEqualTo(Yen.of(51_000));
        assertThat(first.unpaid()).isEqualTo(Yen.of(50_000));
        assertThat(view.rollForward()).containsExactly(new LeaseRollForwardYear(2020, "2020 (R02)", Yen.ZERO,
                Yen.of(202_000), Yen.of(51_000), Yen.ZERO, Yen.of(151_000), Yen.ZERO));
        assertThat(view.pendingRequests()).extracting(LeaseApprovalRequest::requestId, LeaseApprovalRequest::companyName)
                .containsExactly(tuple("W1", "相模精機"));
        // the checker sees exactly what an approval would write off
        assertThat(view.pendingRequests().get(0).entries()).containsExactly(
                new ArrearsEntry(1, date("2020-05-31"), Yen.of(50_000)),
                new ArrearsEntry(2, date("2020-06-30"), Yen.of(101_000)));
        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly("OPENED", "ARREARS_ARISEN",
                "ARREARS_ARISEN", "PAYMENT_RECORDED", "WRITE_OFF_REQUESTED");
        assertThat(view.timeline().get(3).date()).isEqualTo(date("2020-07-15"));
        assertThat(view.timeline().get(3).user()).isEqualTo("sato");

        LeaseContractView writtenOff = handler.handle(new FindLeaseContractQuery(LeaseContractId.of("L-2"), date("2020-09-30")));
        assertThat(writtenOff.summary().writtenOffBalance()).isEqualTo(Yen.of(300_000));
        assertThat(writtenOff.summary().arrears()).isEqualTo(Yen.ZERO);
        assertThat(writtenOff.daysPastDue()).isNull();
        assertThat(writtenOff.rollForward()).containsExactly(new LeaseRollForwardYear(2020, "2020 (R02)", Yen.ZERO,
                Yen.of(300_000), Yen.ZERO, Yen.of(300_000), Yen.ZERO, Yen.ZERO));
    }

    @Test
    void anUnknownContractIsNull() {
        assertThat(handler.handle(new FindLeaseContractQuery(LeaseContractId.of("L-9"), date("2020-09-30")))).isNull();
    }

    @Test
    void findsActiveContractsWithAnUnflaggedInstalmentDueByTheDate() {
        assertThat(due("2020-07-30")).isEmpty();
        assertThat(due("2020-07-31")).containsExactly("L-1 2020-07-31");
        assertThat(due("2020-12-31")).containsExactly("L-1 2020-07-31", "L-2 2020-12-31");
    }

    @Test
    void listsNewestFirstAndCombinesFilters() {
        assertThat(ids(new FindLeaseContractsQuery(null, null, null, null, null, 0, 20))).containsExactly("L-3", "L-2", "L-1");
        assertThat(ids(new FindLeaseContractsQuery(LeaseContractStatus.ACTIVE, "C-1", null, null, null, 0, 20)))
                .containsExactly("L-1");
        assertThat(ids(new FindLeaseContractsQuery(null, null, Industry.MANUFACTURING, false, null, 0, 20)))
                .containsExactly("L-3");
        assertThat(ids(new FindLeaseContractsQuery(null, null, null, true, null, 0, 20))).containsExactly("L-1");
        assertThat(handler.handle(new FindLeaseContractsQuery(null, null, null, null, null, 0, 20)).items())
                .extracting(LeaseContractSummary::companyName).containsExactly("相模精機", null, "相模精機");
        LeaseContractPage second = handler.handle(new FindLeaseContractsQuery(null, null, null, null, null, 1, 2));
        assertThat(second.items()).extracting(LeaseContractSummary::contractId).containsExactly("L-1");
        assertThat(second.total()).isEqualTo(3);
    }

    private List<Object> ageing(String asOf) {
        LeaseContractView view = handler.handle(new FindLeaseContractQuery(LeaseContractId.of("L-1"), date(asOf)));
        return Arrays.asList(view.daysPastDue(), view.arrearsBucket());
    }

    private List<InstalmentState> states(String contractId, String asOf) {
        return handler.handle(new FindLeaseContractQuery(LeaseContractId.of(contractId), date(asOf))).schedule().stream()
                .map(LeaseInstalmentView::state)
                .toList();
    }

    @Test
    void theCloseOfBusinessIsRefusedCandidatesWhileTheReadModelIsNotCurrent() {
        LeaseContractQueryHandler rebuilding = new LeaseContractQueryHandler(fixture.database(),
                group -> Optional.of("it is being rebuilt (40 %)"), fixture.companyNames());

        assertThatThrownBy(() -> rebuilding.handle(new FindContractsDueForArrearsQuery(date("2020-06-30"))))
                .isInstanceOf(ReadModelNotCurrent.class)
                .hasMessage("The read model lease-contracts is not current: it is being rebuilt (40 %). "
                        + "Try again when it has caught up.");
    }

    private List<String> due(String date) {
        return handler.handle(new FindContractsDueForArrearsQuery(date(date))).contracts().stream()
                .map(due -> due.contractId().value() + " " + due.nextUnflaggedDueDate())
                .toList();
    }

    private List<String> ids(FindLeaseContractsQuery query) {
        return handler.handle(query).items().stream().map(LeaseContractSummary::contractId).toList();
    }
}
