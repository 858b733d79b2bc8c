package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.lease.LeaseFixtures.CONTRACT;
import static org.smesupport.casework.command.lease.LeaseFixtures.FIRST_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.OPENED;
import static org.smesupport.casework.command.lease.LeaseFixtures.SECOND_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.entry;
import static org.smesupport.casework.command.lease.LeaseFixtures.onBooks;
import static org.smesupport.casework.command.lease.LeaseFixtures.yen;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRejectedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;

/**
 * Lifting arrears the close of business raised in error (延滞解除): a caseworker requests, another person
 * decides, and the approval takes back exactly what was booked for the instalments.
 */
class LeaseArrearsLiftTest {

    private static final LocalDate JULY_31 = LocalDate.of(2020, 7, 31);
    private static final LocalDate REQUESTED_ON = LocalDate.of(2020, 8, 3);
    private static final LocalDate DECIDED_ON = LocalDate.of(2020, 8, 4);
    /** Instalment 1 (¥330,000) fell into arrears at the close of July 31. */
    private static final LeaseArrearsArisenEvent FIRST_IN_ARREARS =
            new LeaseArrearsArisenEvent(CONTRACT, JULY_31, List.of(entry(1, FIRST_DUE, 330_000)), 0);
    /** The transfer the bank credited on the due date, recorded only after the close of business. */
    private static final LeasePaymentRecordedEvent PAID_ON_TIME_RECORDED_LATE = new LeasePaymentRecordedEvent(CONTRACT,
            "pay-1", FIRST_DUE, yen(330_000), List.of(onBooks(1, 30_000, 300_000, true)));
    private static final List<LiftedArrears> FIRST_PAID = List.of(
            new LiftedArrears(1, FIRST_DUE, yen(330_000), yen(330_000)));
    private static final LeaseArrearsLiftRequestedEvent REQUESTED = new LeaseArrearsLiftRequestedEvent(CONTRACT, "l-1",
            REQUESTED_ON, "maker", "期日入金の記帳漏れ", FIRST_PAID);

    private FixtureConfiguration<LeaseContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaseContract.class);
        fixture.registerInjectableResource(new LeaseFixtures.StubCompanies());
    }

    private static RequestLeaseArrearsLiftCommand request(Integer... numbers) {
        return new RequestLeaseArrearsLiftCommand(CONTRACT, "l-1", List.of(numbers), REQUESTED_ON, "maker",
                "期日入金の記帳漏れ");
    }

    @Test
    void requestListsWhatWasBookedForEachInstalment() {
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE)
                .when(request(1))
                .expectEvents(REQUESTED);
    }

    @Test
    void anUnpaidInstalmentCarriesWhatItStillOwes() {
        fixture.given(OPENED, FIRST_IN_ARREARS, new LeasePaymentRecordedEvent(CONTRACT, "pay-1", JULY_31.plusDays(1),
                        yen(100_000), List.of(onBooks(1, 30_000, 70_000, true))))
                .when(request(1))
                .expectEvents(new LeaseArrearsLiftRequestedEvent(CONTRACT, "l-1", REQUESTED_ON, "maker",
                        "期日入金の記帳漏れ", List.of(new LiftedArrears(1, FIRST_DUE, yen(330_000), yen(100_000)))));
    }

    @Test
    void approvalLiftsExactlyWhatWasRequested() {
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new ApproveLeaseArrearsLiftCommand(CONTRACT, "l-1", DECIDED_ON, "checker", "通帳で確認"))
                .expectEvents(new LeaseArrearsLiftedEvent(CONTRACT, "l-1", DECIDED_ON, "checker", "通帳で確認",
                        FIRST_PAID))
                .expectState(contract -> {
                    assertThat(contract.instalments().iterator().next().inArrears()).isFalse();
                    assertThat(contract.arrears()).isZero();
                });
    }

    @Test
    void approvalIsRefusedOnceTheArrearsChanged() {
        fixture.given(OPENED, FIRST_IN_ARREARS, new LeaseArrearsLiftRequestedEvent(CONTRACT, "l-1", REQUESTED_ON,
                        "maker", "期日入金の記帳漏れ", List.of(new LiftedArrears(1, FIRST_DUE, yen(330_000), yen(0)))),
                        PAID_ON_TIME_RECORDED_LATE)
                .when(new ApproveLeaseArrearsLiftCommand(CONTRACT, "l-1", DECIDED_ON, "checker", null))
                .expectNoEvents()
                .expectException(violationOf("requestId"))
                .expectExceptionMessage(containsString("(then No. 1 arisen ¥330,000 recovered ¥0, now No. 1 arisen"
                        + " ¥330,000 recovered ¥330,000)"));
    }

    @Test
    void theRequesterCannotDecideAndARejectionNeedsAReason() {
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new ApproveLeaseArrearsLiftCommand(CONTRACT, "l-1", DECIDED_ON, "maker", null))
                .expectNoEvents()
                .expectException(violationOf("decidedBy"));
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new RejectLeaseArrearsLiftCommand(CONTRACT, "l-1", DECIDED_ON, "checker", " "))
                .expectNoEvents()
                .expectException(violationOf("reason"));
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new RejectLeaseArrearsLiftCommand(CONTRACT, "l-1", DECIDED_ON, "checker", "入金は期日後"))
                .expectEvents(new LeaseArrearsLiftRejectedEvent(CONTRACT, "l-1", DECIDED_ON, "checker", "入金は期日後"));
    }

    @Test
    void onlyInstalmentsInArrearsAndNeverWrittenOffAreLifted() {
        fixture.given(OPENED, FIRST_IN_ARREARS)
                .when(request(1, 2))
                .expectNoEvents()
                .expectException(violationOf("instalmentNumbers"))
                .expectExceptionMessage("Instalment 2 is not in arrears; there is nothing to lift.");
        fixture.given(OPENED, FIRST_IN_ARREARS)
                .when(request(9))
                .expectNoEvents()
                .expectException(violationOf("instalmentNumbers"))
                .expectExceptionMessage("There is no instalment 9 on this contract.");
        fixture.given(OPENED, FIRST_IN_ARREARS,
                        new LeaseWriteOffRequestedEvent(CONTRACT, "w-1", JULY_31, "maker", "破産", yen(330_000),
                                List.of(entry(1, FIRST_DUE, 330_000))),
                        new LeaseWriteOffApprovedEvent(CONTRACT, "w-1", JULY_31, "checker", null,
                                List.of(entry(1, FIRST_DUE, 330_000))))
                .when(request(1))
                .expectNoEvents()
                .expectException(violationOf("instalmentNumbers"))
                .expectExceptionMessage(containsString("was written off"));
    }

    @Test
    void oneLiftIsPendingAtATimeAndItClosesWithTheContract() {
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new RequestLeaseArrearsLiftCommand(CONTRACT, "l-2", List.of(1), REQUESTED_ON, "maker", "再申請"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("Arrears-lift request l-1 is still pending"));
        fixture.given(OPENED, FIRST_IN_ARREARS, PAID_ON_TIME_RECORDED_LATE, REQUESTED)
                .when(new RecordLeasePaymentCommand(CONTRACT, "pay-2", SECOND_DUE, yen(945_000), null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(LeasePaymentRecordedEvent.class),
                        equalTo(new LeaseRequestClosedEvent(CONTRACT, "l-1", ApprovalKind.ARREARS_LIFT, SECOND_DUE,
                                "The contract was completed on " + SECOND_DUE + ": nothing is owed any more.")),
                        instanceOf(LeaseContractCompletedEvent.class),
                        andNoMore())));
    }

    @Test
    void aLiftedInstalmentStillUnpaidFallsIntoArrearsAgainAtTheNextClose() {
        List<LiftedArrears> unpaid = List.of(new LiftedArrears(1, FIRST_DUE, yen(330_000), yen(0)));
        fixture.given(OPENED, FIRST_IN_ARREARS,
                        new LeaseArrearsLiftedEvent(CONTRACT, "l-1", DECIDED_ON, "checker", null, unpaid))
                .when(new MarkLeaseArrearsCommand(CONTRACT, DECIDED_ON, 0))
                .expectEvents(new LeaseArrearsArisenEvent(CONTRACT, DECIDED_ON, List.of(entry(1, FIRST_DUE, 330_000)),
                        0));
    }
}
