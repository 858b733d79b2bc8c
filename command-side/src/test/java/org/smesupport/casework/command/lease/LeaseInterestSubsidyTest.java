package org.smesupport.casework.command.lease;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.lease.LeaseFixtures.COMPANY;
import static org.smesupport.casework.command.lease.LeaseFixtures.CONTRACT;
import static org.smesupport.casework.command.lease.LeaseFixtures.CONTRACT_DATE;
import static org.smesupport.casework.command.lease.LeaseFixtures.FIRST_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.OPENED;
import static org.smesupport.casework.command.lease.LeaseFixtures.TOTAL;
import static org.smesupport.casework.command.lease.LeaseFixtures.entry;
import static org.smesupport.casework.command.lease.LeaseFixtures.onBooks;
import static org.smesupport.casework.command.lease.LeaseFixtures.opened;
import static org.smesupport.casework.command.lease.LeaseFixtures.yen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRejectedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;
import org.smesupport.casework.command.fiscalyear.FiscalYearClosures;

/** The interest subsidy (利息補助): a caseworker requests it per fiscal year, another person decides. */
class LeaseInterestSubsidyTest {

    private static final LocalDate REQUESTED_ON = LocalDate.of(2020, 8, 20);
    private static final LocalDate DECIDED_ON = LocalDate.of(2020, 8, 24);
    private static final String EVIDENCE = "試算表 前年同期比";
    /** The interest still to be paid of the four instalments falling due in FY2020, the first in arrears. */
    private static final List<SubsidisedInterest> FY2020_FIRST_IN_ARREARS = List.of(
            new SubsidisedInterest(1, yen(30_000), true), new SubsidisedInterest(2, yen(22_500), false),
            new SubsidisedInterest(3, yen(15_000), false), new SubsidisedInterest(4, yen(7_500), false));
    private static final List<SubsidisedInterest> FY2020 = List.of(
            new SubsidisedInterest(1, yen(30_000), false), new SubsidisedInterest(2, yen(22_500), false),
            new SubsidisedInterest(3, yen(15_000), false), new SubsidisedInterest(4, yen(7_500), false));
    private static final LeaseArrearsArisenEvent FIRST_IN_ARREARS = new LeaseArrearsArisenEvent(CONTRACT,
            LocalDate.of(2020, 7, 31), List.of(entry(1, FIRST_DUE, 330_000)), 0);
    private static final InterestSubsidyRequestedEvent REQUESTED = new InterestSubsidyRequestedEvent(CONTRACT, COMPANY,
            "s-1", 2020, 1500, EVIDENCE, REQUESTED_ON, "maker", FY2020, yen(75_000));

    private final Map<FiscalYear, FiscalYearClosures.Closure> closedYears = new HashMap<>();
    private FixtureConfiguration<LeaseContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaseContract.class);
        fixture.registerInjectableResource(new LeaseFixtures.StubCompanies());
        fixture.registerInjectableResource((ClosedFiscalYears) year -> Optional.ofNullable(closedYears.get(year)));
    }

    private static RequestInterestSubsidyCommand request(int fiscalYear, int salesDecline) {
        return new RequestInterestSubsidyCommand(CONTRACT, "s-1", fiscalYear, salesDecline, EVIDENCE, REQUESTED_ON,
                "maker");
    }

    private static ApproveInterestSubsidyCommand approve(String by) {
        return new ApproveInterestSubsidyCommand(CONTRACT, "s-1", DECIDED_ON, by, "確認済み");
    }

    @Test
    void requestListsTheInterestStillToBePaidOfTheYearsInstalments() {
        fixture.given(OPENED, FIRST_IN_ARREARS)
                .when(request(2020, 1500))
                .expectEvents(new InterestSubsidyRequestedEvent(CONTRACT, COMPANY, "s-1", 2020, 1500, EVIDENCE,
                        REQUESTED_ON, "maker", FY2020_FIRST_IN_ARREARS, yen(75_000)));
    }

    @Test
    void requestLeavesOutInterestAlreadyPaid() {
        fixture.given(OPENED, new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE, yen(340_000),
                        List.of(onBooks(1, 30_000, 300_000, false), onBooks(2, 10_000, 0, false))))
                .when(request(2020, 1500))
                .expectEvents(new InterestSubsidyRequestedEvent(CONTRACT, COMPANY, "s-1", 2020, 1500, EVIDENCE,
                        REQUESTED_ON, "maker", List.of(new SubsidisedInterest(2, yen(12_500), false),
                        new SubsidisedInterest(3, yen(15_000), false), new SubsidisedInterest(4, yen(7_500), false)),
                        yen(35_000)));
    }

    @Test
    void approvalGrantsExactlyWhatWasRequestedOnTheApprovalDate() {
        fixture.given(OPENED, REQUESTED)
                .when(approve("checker"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandResult("lease-1", 2))
                .expectEvents(new InterestSubsidyGrantedEvent(CONTRACT, COMPANY, 2020, 1500, EVIDENCE, DECIDED_ON,
                        false, FY2020, yen(75_000), "s-1", "checker", "確認済み"));
    }

    @Test
    void approvalMarksContractsOpenedInTheSubsidysYearAsNew() {
        fixture.given(opened(SizeClass.MICRO, LocalDate.of(2020, 4, 1)), REQUESTED)
                .when(approve("checker"))
                .expectEvents(new InterestSubsidyGrantedEvent(CONTRACT, COMPANY, 2020, 1500, EVIDENCE, DECIDED_ON,
                        true, FY2020, yen(75_000), "s-1", "checker", "確認済み"));
    }

    @Test
    void requesterCannotApproveTheirOwnRequest() {
        fixture.given(OPENED, REQUESTED)
                .when(approve("maker"))
                .expectNoEvents()
                .expectException(violationOf("decidedBy"))
                .expectExceptionMessage(containsString("cannot approve or reject their own interest subsidy"));
    }

    @Test
    void approvalIsRefusedOnceTheInterestHasChanged() {
        fixture.given(OPENED, REQUESTED, FIRST_IN_ARREARS)
                .when(approve("checker"))
                .expectNoEvents()
                .expectException(violationOf("requestId"))
                .expectExceptionMessage(containsString("(then No. 1 ¥30,000, No. 2 ¥22,500, No. 3 ¥15,000,"
                        + " No. 4 ¥7,500, now No. 1 ¥30,000 in arrears, No. 2 ¥22,500"));
    }

    @Test
    void approvalIsRefusedWhileTheSubsidysYearIsClosed() {
        closedYears.put(FiscalYear.of(2020), new FiscalYearClosures.Closure(2020, LocalDate.of(2021, 5, 31),
                "supervisor", "決算承認", Instant.parse("2021-05-31T01:00:00Z"), 0));
        fixture.given(OPENED, REQUESTED)
                .when(approve("checker"))
                .expectNoEvents()
                .expectException(violationOf("requestId"))
                .expectExceptionMessage(containsString("which was closed on 2021-05-31"));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheRequest() {
        fixture.given(OPENED, REQUESTED)
                .when(new RejectInterestSubsidyCommand(CONTRACT, "s-1", DECIDED_ON, "checker", " "))
                .expectNoEvents()
                .expectException(violationOf("reason"));
        fixture.given(OPENED, REQUESTED)
                .when(new RejectInterestSubsidyCommand(CONTRACT, "s-1", DECIDED_ON, "checker", "証憑不備"))
                .expectEvents(new InterestSubsidyRejectedEvent(CONTRACT, "s-1", DECIDED_ON, "checker", "証憑不備"));
        fixture.given(OPENED, REQUESTED,
                        new InterestSubsidyRejectedEvent(CONTRACT, "s-1", DECIDED_ON, "checker", "証憑不備"))
                .when(approve("checker"))
                .expectNoEvents()
                .expectException(violationOf("requestId"))
                .expectExceptionMessage("Interest-subsidy request s-1 was already rejected.");
    }

    @Test
    void oneRequestIsPendingAtATime() {
        fixture.given(OPENED, REQUESTED)
                .when(new RequestInterestSubsidyCommand(CONTRACT, "s-2", 2021, 1500, EVIDENCE, REQUESTED_ON, "maker"))
                .expectNoEvents()
                .expectExceptionMessage(containsString("Interest-subsidy request s-1 is still pending"));
    }

    @Test
    void aPendingRequestClosesWithTheContract() {
        fixture.given(OPENED, REQUESTED)
                .when(new RecordLeasePaymentCommand(CONTRACT, "pay-1", FIRST_DUE, yen(TOTAL), null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(LeasePaymentRecordedEvent.class),
                        equalTo(new LeaseRequestClosedEvent(CONTRACT, "s-1", ApprovalKind.INTEREST_SUBSIDY, FIRST_DUE,
                                "The contract was completed on " + FIRST_DUE + ": nothing is owed any more.")),
                        instanceOf(LeaseContractCompletedEvent.class),
                        andNoMore())));
    }

    @Test
    void firmNeedsASalesDeclineOfFifteenPercent() {
        fixture.given(OPENED)
                .when(request(2020, 1499))
                .expectNoEvents()
                .expectException(violationOf("salesDeclineBasisPoints"))
                .expectExceptionMessage("A small or micro firm qualifies for the interest subsidy from a sales"
                        + " decline of 15.00 %; 14.99 % was declared.");
    }

    @Test
    void soleProprietorQualifiesFromFivePercent() {
        fixture.given(opened(SizeClass.SOLE_PROPRIETOR, CONTRACT_DATE))
                .when(request(2020, 500))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened(SizeClass.SOLE_PROPRIETOR, CONTRACT_DATE))
                .when(request(2020, 499))
                .expectNoEvents()
                .expectException(violationOf("salesDeclineBasisPoints"))
                .expectExceptionMessage(containsString("from a sales decline of 5.00 %"));
    }

    @Test
    void grantsOneSubsidyPerFiscalYear() {
        fixture.given(OPENED, REQUESTED, new InterestSubsidyGrantedEvent(CONTRACT, COMPANY, 2020, 1500, EVIDENCE,
                        DECIDED_ON, true, FY2020, yen(75_000), "s-1", "checker", null))
                .when(new RequestInterestSubsidyCommand(CONTRACT, "s-2", 2020, 1500, EVIDENCE, DECIDED_ON, "maker"))
                .expectNoEvents()
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage(containsString("already granted on 2020-08-24"));
    }

    @Test
    void cannotRequestForAYearWithoutInterestOrWithoutEvidence() {
        fixture.given(OPENED)
                .when(request(2021, 1500))
                .expectNoEvents()
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage(containsString("there is nothing to subsidise"));
        fixture.given(OPENED)
                .when(new RequestInterestSubsidyCommand(CONTRACT, "s-1", 2020, 1500, " ", REQUESTED_ON, "maker"))
                .expectNoEvents()
                .expectException(violationOf("evidence"));
    }
}
