package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.smesupport.casework.command.lease.LeaseFixtures.FOURTH_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.OPEN;
import static org.smesupport.casework.command.lease.LeaseFixtures.OPENED;
import static org.smesupport.casework.command.lease.LeaseFixtures.SCHEDULE;
import static org.smesupport.casework.command.lease.LeaseFixtures.SECOND_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.SOLE_PROPRIETOR;
import static org.smesupport.casework.command.lease.LeaseFixtures.THIRD_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.TOTAL;
import static org.smesupport.casework.command.lease.LeaseFixtures.entry;
import static org.smesupport.casework.command.lease.LeaseFixtures.onBooks;
import static org.smesupport.casework.command.lease.LeaseFixtures.opened;
import static org.smesupport.casework.command.lease.LeaseFixtures.recovered;
import static org.smesupport.casework.command.lease.LeaseFixtures.yen;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractReopenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRejectedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRejectedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.api.lease.WaivedInterest;

class LeaseContractTest {

    private static final CommandResult VERSION_1 = new CommandResult("lease-1", 1);
    private static final LocalDate JULY_31 = LocalDate.of(2020, 7, 31);
    /** Instalment 1 (¥330,000) fell into arrears at the close of July 31. */
    private static final LeaseArrearsArisenEvent FIRST_IN_ARREARS =
            new LeaseArrearsArisenEvent(CONTRACT, JULY_31, List.of(entry(1, FIRST_DUE, 330_000)), 0);
    /** Instalment 1 paid in full on its due date. */
    private static final LeasePaymentRecordedEvent FIRST_PAID = new LeasePaymentRecordedEvent(CONTRACT, "pay-1",
            FIRST_DUE, yen(330_000), List.of(onBooks(1, 30_000, 300_000, false)));
    private static final LeasePaymentRecordedEvent ALL_PAID = new LeasePaymentRecordedEvent(CONTRACT, "pay-1",
            FIRST_DUE, yen(TOTAL), List.of(onBooks(1, 30_000, 300_000, false), onBooks(2, 22_500, 300_000, false),
            onBooks(3, 15_000, 300_000, false), onBooks(4, 7_500, 300_000, false)));
    private static final LeaseContractCompletedEvent COMPLETED = new LeaseContractCompletedEvent(CONTRACT, FIRST_DUE);

    private FixtureConfiguration<LeaseContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaseContract.class);
        fixture.registerInjectableResource(new LeaseFixtures.StubCompanies());
    }

    private static OpenLeaseContractCommand open(ContractKind kind, long amount, long downPayment, int termMonths,
            PaymentFrequency frequency, int rate, int interestFreeMonths, LocalDate firstDueDate) {
        return new OpenLeaseContractCommand(CONTRACT, COMPANY, kind, "CNC旋盤", yen(amount), yen(downPayment),
                termMonths, frequency, rate, interestFreeMonths, CONTRACT_DATE, firstDueDate);
    }

    private static RecordLeasePaymentCommand pay(String paymentId, LocalDate receivedOn, long amount) {
        return new RecordLeasePaymentCommand(CONTRACT, paymentId, receivedOn, yen(amount), null);
    }

    @Nested
    class Opening {

        @Test
        void opensInstalmentSaleWithGeneratedScheduleAndTheCompanysDetailsAtContractTime() {
            fixture.givenNoPriorActivity()
                    .when(OPEN)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(OPENED);
        }

        @Test
        void opensLeaseFinancingTheWholePrice() {
            fixture.givenNoPriorActivity()
                    .when(new OpenLeaseContractCommand(CONTRACT, SOLE_PROPRIETOR, ContractKind.LEASE, "複合機",
                            yen(1_200_000), Yen.ZERO, 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE, FIRST_DUE))
                    .expectEvents(new LeaseContractOpenedEvent(CONTRACT, SOLE_PROPRIETOR, Industry.SERVICES,
                            SizeClass.SOLE_PROPRIETOR, ContractKind.LEASE, "複合機", yen(1_200_000), Yen.ZERO,
                            yen(1_200_000), 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE, SCHEDULE));
        }

        @Test
        void cannotOpenForUnregisteredCompany() {
            fixture.givenNoPriorActivity()
                    .when(new OpenLeaseContractCommand(CONTRACT, CompanyId.of("company-x"), ContractKind.LEASE, "複合機",
                            yen(1_200_000), Yen.ZERO, 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("companyId"))
                    .expectExceptionMessage("Company company-x is not registered.");
        }

        @Test
        void cannotOpenWithoutPositiveAmount() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 0, 0, 12, PaymentFrequency.MONTHLY, 0, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("amount"));
        }

        @Test
        void cannotTakeDownPaymentOnLease() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_300_000, 100_000, 12, PaymentFrequency.QUARTERLY, 1000, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("downPayment"))
                    .expectExceptionMessage(containsString("takes no down payment"));
        }

        @Test
        void cannotTakeNegativeDownPayment() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.INSTALMENT_SALE, 1_300_000, -1, 12, PaymentFrequency.QUARTERLY, 1000, 0,
                            FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("downPayment"));
        }

        @Test
        void cannotTakeDownPaymentOfTheWholeAmount() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.INSTALMENT_SALE, 1_300_000, 1_300_000, 12, PaymentFrequency.QUARTERLY, 1000,
                            0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("downPayment"))
                    .expectExceptionMessage("The down payment must be less than the contract amount of ¥1,300,000.");
        }

        @Test
        void cannotOpenWithoutTerm() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 0, PaymentFrequency.MONTHLY, 1000, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("termMonths"));
        }

        @Test
        void cannotOpenForMoreThanTwentyYears() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 252, PaymentFrequency.MONTHLY, 1000, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("termMonths"));
        }

        @Test
        void cannotOpenWithTermThatIsNotAWholeNumberOfPeriods() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 14, PaymentFrequency.QUARTERLY, 1000, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("termMonths"))
                    .expectExceptionMessage("The term of 14 months is not a whole number of QUARTERLY periods of 3 months.");
        }

        @Test
        void cannotOpenWithRateAboveTwentyPercent() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 12, PaymentFrequency.QUARTERLY, 2001, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("annualRateBasisPoints"));
        }

        @Test
        void cannotOpenWithNegativeRate() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 12, PaymentFrequency.QUARTERLY, -1, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("annualRateBasisPoints"));
        }

        @Test
        void cannotOpenWithInterestFreeMonthsBeyondTheTerm() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 12, PaymentFrequency.QUARTERLY, 1000, 13, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("interestFreeMonths"));
        }

        @Test
        void cannotOpenWithFirstDueDateOnTheContractDate() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 1_200_000, 0, 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE))
                    .expectNoEvents()
                    .expectException(violationOf("firstDueDate"));
        }

        @Test
        void cannotOpenWithoutEquipment() {
            fixture.givenNoPriorActivity()
                    .when(new OpenLeaseContractCommand(CONTRACT, COMPANY, ContractKind.LEASE, " ", yen(1_200_000),
                            Yen.ZERO, 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("equipment"));
        }

        @Test
        void cannotSpreadLessThanOneYenOverEachInstalment() {
            fixture.givenNoPriorActivity()
                    .when(open(ContractKind.LEASE, 11, 0, 12, PaymentFrequency.MONTHLY, 1000, 0, FIRST_DUE))
                    .expectNoEvents()
                    .expectException(violationOf("amount"));
        }
    }

    @Nested
    class Payments {

        @Test
        void appliesPaymentOldestDueFirstInterestBeforePrincipalOnWhatIsDue() {
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE.minusDays(1), 20_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE.minusDays(1), yen(20_000),
                            List.of(onBooks(1, 0, 20_000, false))));
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, 40_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE, yen(40_000),
                            List.of(onBooks(1, 30_000, 10_000, false))))
                    .expectResultMessagePayload(VERSION_1);
        }

        @Test
        void payingAheadPaysPrincipalBeforeInterestNotYetEarned() {
            // instalment 1 is due that day (interest first); instalment 2 falls due in September (principal first)
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, 340_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE, yen(340_000),
                            List.of(onBooks(1, 30_000, 300_000, false), onBooks(2, 0, 10_000, false))))
                    .expectResultMessagePayload(VERSION_1);
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, 640_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE, yen(640_000),
                            List.of(onBooks(1, 30_000, 300_000, false), onBooks(2, 10_000, 300_000, false))));
        }

        @Test
        void flagsWhatItPaysOnInstalmentsInArrearsAsRecovery() {
            LocalDate august5 = LocalDate.of(2020, 8, 5);
            fixture.given(OPENED, FIRST_IN_ARREARS)
                    .when(pay("pay-1", august5, 100_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", august5, yen(100_000),
                            List.of(onBooks(1, 30_000, 70_000, true))));
        }

        @Test
        void paymentLeavingNothingOwedCompletesTheContract() {
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, TOTAL))
                    .expectEvents(ALL_PAID, COMPLETED)
                    .expectResultMessagePayload(new CommandResult("lease-1", 2));
        }

        @Test
        void cannotReceiveMoreThanEverythingOwed() {
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, TOTAL + 1))
                    .expectNoEvents()
                    .expectException(violationOf("amount"))
                    .expectExceptionMessage("The payment of ¥1,275,001 is more than everything still owed on this"
                            + " contract; at most ¥1,275,000 can be received.");
        }

        @Test
        void cannotRecordTheSamePaymentTwice() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(pay("pay-1", FIRST_DUE, 1_000))
                    .expectNoEvents()
                    .expectException(violationOf("paymentId"));
        }

        @Test
        void cannotRecordPaymentOfNothing() {
            fixture.given(OPENED)
                    .when(pay("pay-1", FIRST_DUE, 0))
                    .expectNoEvents()
                    .expectException(violationOf("amount"));
        }

        @Test
        void cannotRecordPaymentWithoutId() {
            fixture.given(OPENED)
                    .when(pay(" ", FIRST_DUE, 1_000))
                    .expectNoEvents()
                    .expectException(violationOf("paymentId"));
        }

        @Test
        void cannotReceivePaymentBeforeTheContractDate() {
            fixture.given(OPENED)
                    .when(pay("pay-1", CONTRACT_DATE.minusDays(1), 1_000))
                    .expectNoEvents()
                    .expectException(violationOf("receivedOn"));
        }

        @Test
        void cannotRecordPaymentOnCompletedContract() {
            fixture.given(OPENED, ALL_PAID, COMPLETED)
                    .when(pay("pay-2", FIRST_DUE, 1_000))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The contract was completed on 2020-06-30; it is no longer possible to"
                            + " record a payment.");
        }

        @Test
        void recoversWrittenOffAmountsOnlyAfterEverythingOnTheBooks() {
            LocalDate paidOn = LocalDate.of(2020, 10, 1);
            fixture.given(OPENED, FIRST_IN_ARREARS, WriteOffs.REQUESTED, WriteOffs.APPROVED)
                    .when(pay("pay-1", paidOn, 995_000))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", paidOn, yen(995_000), List.of(
                            onBooks(2, 22_500, 300_000, false), onBooks(3, 15_000, 300_000, false),
                            onBooks(4, 7_500, 300_000, false), recovered(1, 30_000, 20_000))));
        }

        @Test
        void countsWrittenOffAmountsAsOwed() {
            fixture.given(OPENED, FIRST_IN_ARREARS, WriteOffs.REQUESTED, WriteOffs.APPROVED)
                    .when(pay("pay-1", FIRST_DUE, TOTAL + 1))
                    .expectNoEvents()
                    .expectExceptionMessage(containsString("at most ¥1,275,000"));
        }
    }

    @Nested
    class Reversals {

        private final LocalDate reversedOn = LocalDate.of(2020, 8, 10);

        private ReverseLeasePaymentCommand reverse(String paymentId, String reason) {
            return new ReverseLeasePaymentCommand(CONTRACT, paymentId, reversedOn, reason, null);
        }

        @Test
        void reversesExactlyThePaymentsAllocations() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(reverse("pay-1", "不渡り"))
                    .expectEvents(new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り",
                            FIRST_PAID.allocations(), List.of()))
                    .expectResultMessagePayload(new CommandResult("lease-1", 2));
        }

        @Test
        void reinstatesArrearsOfWhatItHadRecovered() {
            LeasePaymentRecordedEvent recovery = new LeasePaymentRecordedEvent(CONTRACT, "pay-1", JULY_31.plusDays(3),
                    yen(100_000), List.of(onBooks(1, 30_000, 70_000, true)));
            fixture.given(OPENED, FIRST_IN_ARREARS, recovery)
                    .when(reverse("pay-1", "不渡り"))
                    .expectEvents(new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り",
                            recovery.allocations(), List.of(entry(1, FIRST_DUE, 100_000))));
        }

        @Test
        void reinstatesArrearsOnInstalmentsThatFellIntoArrearsAfterThePayment() {
            LeasePaymentRecordedEvent partial = new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE,
                    yen(100_000), List.of(onBooks(1, 30_000, 70_000, false)));
            fixture.given(OPENED, partial,
                            new LeaseArrearsArisenEvent(CONTRACT, JULY_31, List.of(entry(1, FIRST_DUE, 230_000)), 0))
                    .when(reverse("pay-1", "不渡り"))
                    .expectEvents(new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り",
                            partial.allocations(), List.of(entry(1, FIRST_DUE, 100_000))));
        }

        @Test
        void reversedRecoveryOfWrittenOffAmountIsWrittenOffAgainNotArrears() {
            LocalDate paidOn = LocalDate.of(2020, 10, 1);
            LeasePaymentRecordedEvent recovery = new LeasePaymentRecordedEvent(CONTRACT, "pay-1", paidOn,
                    yen(50_000), List.of(onBooks(2, 22_500, 27_500, false)));
            LeasePaymentRecordedEvent later = new LeasePaymentRecordedEvent(CONTRACT, "pay-2", paidOn, yen(945_000),
                    List.of(onBooks(2, 0, 272_500, false), onBooks(3, 15_000, 300_000, false),
                            onBooks(4, 7_500, 300_000, false), recovered(1, 30_000, 20_000)));
            fixture.given(OPENED, FIRST_IN_ARREARS, WriteOffs.REQUESTED, WriteOffs.APPROVED, recovery, later)
                    .when(new ReverseLeasePaymentCommand(CONTRACT, "pay-2", paidOn, "不渡り", null))
                    .expectEvents(new LeasePaymentReversedEvent(CONTRACT, "pay-2", paidOn, "不渡り",
                            later.allocations(), List.of()));
        }

        @Test
        void cannotReverseUnknownPayment() {
            fixture.given(OPENED)
                    .when(reverse("pay-9", "不渡り"))
                    .expectNoEvents()
                    .expectException(violationOf("paymentId"))
                    .expectExceptionMessage("No payment pay-9 has been recorded on this contract.");
        }

        @Test
        void cannotReverseAPaymentTwice() {
            fixture.given(OPENED, FIRST_PAID, new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り",
                            FIRST_PAID.allocations(), List.of()))
                    .when(reverse("pay-1", "不渡り"))
                    .expectNoEvents()
                    .expectException(violationOf("paymentId"))
                    .expectExceptionMessage("Payment pay-1 was already reversed on 2020-08-10.");
        }

        @Test
        void cannotReverseWithoutReason() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(reverse("pay-1", " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotReverseBeforeThePaymentWasReceived() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(new ReverseLeasePaymentCommand(CONTRACT, "pay-1", FIRST_DUE.minusDays(1), "不渡り", null))
                    .expectNoEvents()
                    .expectException(violationOf("reversedOn"));
        }

        @Test
        void aBouncedFinalPaymentReopensTheCompletedContract() {
            fixture.given(OPENED, ALL_PAID, COMPLETED)
                    .when(reverse("pay-1", "不渡り"))
                    .expectEvents(new LeaseContractReopenedEvent(CONTRACT, reversedOn, "Payment pay-1 was reversed: 不渡り"),
                            new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り", ALL_PAID.allocations(),
                                    List.of()))
                    .expectState(contract -> assertThat(contract.owed()).isEqualTo(TOTAL));
        }

        @Test
        void aReopenedContractTakesPaymentsAndCompletesAgain() {
            LocalDate paidAgain = reversedOn.plusDays(5);
            fixture.given(OPENED, ALL_PAID, COMPLETED,
                            new LeaseContractReopenedEvent(CONTRACT, reversedOn, "Payment pay-1 was reversed: 不渡り"),
                            new LeasePaymentReversedEvent(CONTRACT, "pay-1", reversedOn, "不渡り", ALL_PAID.allocations(),
                                    List.of()))
                    .when(new RecordLeasePaymentCommand(CONTRACT, "pay-2", paidAgain, yen(TOTAL), null))
                    .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-2", paidAgain, yen(TOTAL),
                                    ALL_PAID.allocations()),
                            new LeaseContractCompletedEvent(CONTRACT, paidAgain));
        }

        @Test
        void aReversalThatReopensTheContractIsNotDatedBeforeItEnded() {
            fixture.given(OPENED, FIRST_PAID, new LeasePaymentRecordedEvent(CONTRACT, "pay-2", JULY_31, yen(TOTAL - 330_000),
                            List.of(onBooks(2, 22_500, 300_000, false), onBooks(3, 15_000, 300_000, false),
                                    onBooks(4, 7_500, 300_000, false))),
                            new LeaseContractCompletedEvent(CONTRACT, JULY_31))
                    .when(new ReverseLeasePaymentCommand(CONTRACT, "pay-1", JULY_31.minusDays(1), "不渡り", null))
                    .expectNoEvents()
                    .expectException(violationOf("reversedOn"));
        }
    }

    @Nested
    class Arrears {

        @Test
        void marksInstalmentsUnpaidPastTheirGraceDays() {
            LocalDate businessDate = LocalDate.of(2020, 10, 10);
            fixture.given(OPENED)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, businessDate, 5))
                    .expectEvents(new LeaseArrearsArisenEvent(CONTRACT, businessDate,
                            List.of(entry(1, FIRST_DUE, 330_000), entry(2, SECOND_DUE, 322_500)), 5))
                    .expectResultMessagePayload(VERSION_1);
        }

        @Test
        void leavesInstalmentAloneOnTheLastDayOfGrace() {
            fixture.given(OPENED)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, FIRST_DUE.plusDays(5), 5))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new CommandResult("lease-1", 0));
        }

        @Test
        void movesOnlyTheUnpaidRemainderIntoArrears() {
            fixture.given(OPENED, new LeasePaymentRecordedEvent(CONTRACT, "pay-1", FIRST_DUE, yen(100_000),
                            List.of(onBooks(1, 30_000, 70_000, false))))
                    .when(new MarkLeaseArrearsCommand(CONTRACT, JULY_31, 0))
                    .expectEvents(new LeaseArrearsArisenEvent(CONTRACT, JULY_31, List.of(entry(1, FIRST_DUE, 230_000)), 0));
        }

        @Test
        void markingTheSameDateAgainRecordsNothing() {
            fixture.given(OPENED, FIRST_IN_ARREARS)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, JULY_31, 0))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void paidInstalmentsDoNotFallIntoArrears() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, JULY_31, 0))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNothingOnCompletedContract() {
            fixture.given(OPENED, ALL_PAID, COMPLETED)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, LocalDate.of(2022, 1, 1), 0))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void cannotRunWithNegativeGraceDays() {
            fixture.given(OPENED)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, JULY_31, -1))
                    .expectNoEvents()
                    .expectException(violationOf("graceDays"));
        }
    }

    @Nested
    class Deferrals {

        private static final LocalDate REQUESTED_ON = LocalDate.of(2020, 9, 1);
        private static final List<Instalment> REVISED = List.of(
                new Instalment(2, LocalDate.of(2021, 3, 31), yen(450_000), yen(10_000)),
                new Instalment(3, LocalDate.of(2021, 9, 30), yen(450_000), yen(5_000)));
        private static final LeaseDeferralRequestedEvent REQUESTED = new LeaseDeferralRequestedEvent(CONTRACT, "d-1",
                REQUESTED_ON, "maker", "売上減少", REVISED, List.of(2, 3, 4));

        private RequestLeaseDeferralCommand request(List<Instalment> revised) {
            return new RequestLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON, "maker", "売上減少", revised, null);
        }

        private ApproveLeaseDeferralCommand approve(String decidedBy) {
            return new ApproveLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON.plusDays(1), decidedBy, "承認");
        }

        @Test
        void requestsDeferralReplacingEveryUntouchedInstalment() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(REVISED))
                    .expectEvents(REQUESTED)
                    .expectResultMessagePayload(new CommandResult("lease-1", 2));
        }

        @Test
        void keepsInstalmentsInArrears() {
            fixture.given(OPENED, FIRST_IN_ARREARS)
                    .when(request(REVISED))
                    .expectEvents(REQUESTED);
        }

        @Test
        void cannotRequestDeferralWithoutReason() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(new RequestLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON, "maker", "", REVISED, null))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotRequestDeferralWithoutRevisedInstalments() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of()))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments"));
        }

        @Test
        void cannotRequestSecondDeferralWhileOneIsPending() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(new RequestLeaseDeferralCommand(CONTRACT, "d-2", REQUESTED_ON, "maker", "再申請", REVISED, null))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage(containsString("Deferral request d-1 is still pending"));
        }

        @Test
        void cannotNumberRevisedInstalmentsOtherThanOnFromTheLastKept() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of(new Instalment(5, LocalDate.of(2021, 3, 31), yen(900_000), yen(0)))))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments[0].number"))
                    .expectExceptionMessage(containsString("numbered consecutively from 2"));
        }

        @Test
        void cannotLetRevisedInstalmentFallDueOnTheRequestDate() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of(new Instalment(2, REQUESTED_ON, yen(900_000), yen(0)))))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments[0].dueDate"));
        }

        @Test
        void cannotLetRevisedInstalmentsFallDueOutOfOrder() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of(new Instalment(2, LocalDate.of(2021, 3, 31), yen(450_000), yen(0)),
                            new Instalment(3, LocalDate.of(2021, 3, 31), yen(450_000), yen(0)))))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments[1].dueDate"));
        }

        @Test
        void cannotChangeThePrincipalStillToBePaid() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of(new Instalment(2, LocalDate.of(2021, 3, 31), yen(450_000), yen(0)),
                            new Instalment(3, LocalDate.of(2021, 9, 30), yen(449_999), yen(0)))))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments"))
                    .expectExceptionMessage("The revised instalments carry ¥899,999 of principal, but the instalments"
                            + " they replace (2, 3, 4: every instalment with no payment at all that is not in arrears,"
                            + " written off or subsidised) carry ¥900,000. A deferral moves principal, it neither adds"
                            + " nor forgives any.");
        }

        @Test
        void cannotChargeNegativeInterest() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(request(List.of(new Instalment(2, LocalDate.of(2021, 3, 31), yen(450_000), yen(0)),
                            new Instalment(3, LocalDate.of(2021, 9, 30), yen(450_000), yen(-1)))))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments[1].interest"));
        }

        @Test
        void cannotDeferArrears() {
            fixture.given(OPENED, new LeaseArrearsArisenEvent(CONTRACT, LocalDate.of(2021, 4, 30), List.of(
                            entry(1, FIRST_DUE, 330_000), entry(2, SECOND_DUE, 322_500), entry(3, THIRD_DUE, 315_000),
                            entry(4, FOURTH_DUE, 307_500)), 0))
                    .when(request(REVISED))
                    .expectNoEvents()
                    .expectException(violationOf("revisedInstalments"))
                    .expectExceptionMessage(containsString("There is nothing to defer"));
        }

        @Test
        void approvesDeferral() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(approve("checker"))
                    .expectEvents(new LeaseDeferralApprovedEvent(CONTRACT, "d-1", REQUESTED_ON.plusDays(1), "checker",
                            "承認", REVISED, List.of(2, 3, 4)))
                    .expectResultMessagePayload(new CommandResult("lease-1", 3));
        }

        @Test
        void approvedDeferralReplacesTheSchedule() {
            LocalDate businessDate = LocalDate.of(2021, 4, 5);
            fixture.given(OPENED, FIRST_PAID, REQUESTED, new LeaseDeferralApprovedEvent(CONTRACT, "d-1",
                            REQUESTED_ON.plusDays(1), "checker", "承認", REVISED, null))
                    .when(new MarkLeaseArrearsCommand(CONTRACT, businessDate, 0))
                    .expectEvents(new LeaseArrearsArisenEvent(CONTRACT, businessDate,
                            List.of(entry(2, LocalDate.of(2021, 3, 31), 460_000)), 0));
        }

        @Test
        void requesterCannotApproveTheirOwnDeferral() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(approve("maker"))
                    .expectNoEvents()
                    .expectException(violationOf("decidedBy"))
                    .expectExceptionMessage(containsString("The requester cannot approve or reject their own deferral"));
        }

        @Test
        void cannotApproveUnknownDeferral() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"));
        }

        @Test
        void cannotApproveDeferralWhenInstalmentsFellIntoArrearsSince() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED, new LeaseArrearsArisenEvent(CONTRACT,
                            LocalDate.of(2020, 10, 10), List.of(entry(2, SECOND_DUE, 322_500)), 0))
                    .when(new ApproveLeaseDeferralCommand(CONTRACT, "d-1", LocalDate.of(2020, 10, 11), "checker", null))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("the instalments it would replace have changed (then 2, 3, 4,"
                            + " now 3, 4)"));
        }

        @Test
        void rejectsDeferralWithReason() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(new RejectLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON, "checker", "返済能力あり"))
                    .expectEvents(new LeaseDeferralRejectedEvent(CONTRACT, "d-1", REQUESTED_ON, "checker", "返済能力あり"));
        }

        @Test
        void cannotRejectDeferralWithoutReason() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(new RejectLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON, "checker", null))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void requesterCannotRejectTheirOwnDeferral() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED)
                    .when(new RejectLeaseDeferralCommand(CONTRACT, "d-1", REQUESTED_ON, "maker", "取下げ"))
                    .expectNoEvents()
                    .expectException(violationOf("decidedBy"));
        }

        @Test
        void cannotApproveRejectedDeferral() {
            fixture.given(OPENED, FIRST_PAID, REQUESTED,
                            new LeaseDeferralRejectedEvent(CONTRACT, "d-1", REQUESTED_ON, "checker", "返済能力あり"))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage("Deferral request d-1 was already rejected.");
        }
    }

    @Nested
    class WriteOffs {

        static final LocalDate REQUESTED_ON = LocalDate.of(2020, 8, 31);
        static final LocalDate DECIDED_ON = LocalDate.of(2020, 9, 10);
        static final LeaseWriteOffRequestedEvent REQUESTED = new LeaseWriteOffRequestedEvent(CONTRACT, "w-1",
                REQUESTED_ON, "maker", "破産手続開始", yen(330_000), List.of(entry(1, FIRST_DUE, 330_000)));
        static final LeaseWriteOffApprovedEvent APPROVED = new LeaseWriteOffApprovedEvent(CONTRACT, "w-1", DECIDED_ON,
                "checker", null, List.of(entry(1, FIRST_DUE, 330_000)));

        private ApproveLeaseWriteOffCommand approve(String decidedBy) {
            return new ApproveLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, decidedBy, null);
        }

        @Test
        void requestsWriteOffOfTheArrears() {
            fixture.given(OPENED, FIRST_IN_ARREARS)
                    .when(new RequestLeaseWriteOffCommand(CONTRACT, "w-1", REQUESTED_ON, "maker", "破産手続開始"))
                    .expectEvents(REQUESTED);
        }

        @Test
        void cannotRequestWriteOffWithoutArrears() {
            fixture.given(OPENED)
                    .when(new RequestLeaseWriteOffCommand(CONTRACT, "w-1", REQUESTED_ON, "maker", "破産手続開始"))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("This contract has no arrears to write off.");
        }

        @Test
        void cannotRequestWriteOffWithoutReason() {
            fixture.given(OPENED, FIRST_IN_ARREARS)
                    .when(new RequestLeaseWriteOffCommand(CONTRACT, "w-1", REQUESTED_ON, "maker", " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotRequestSecondWriteOffWhileOneIsPending() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(new RequestLeaseWriteOffCommand(CONTRACT, "w-2", REQUESTED_ON, "maker", "再申請"))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage(containsString("Write-off request w-1 is still pending"));
        }

        @Test
        void writesOffExactlyWhatTheRequestListed() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(approve("checker"))
                    .expectEvents(APPROVED);
        }

        @Test
        void cannotApproveOnceAPaymentHasChangedTheArrears() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, new LeasePaymentRecordedEvent(CONTRACT, "pay-1",
                            REQUESTED_ON.plusDays(1), yen(100_000), List.of(onBooks(1, 30_000, 70_000, true))))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage("Since the write-off was requested, the arrears have changed (then No. 1 "
                            + "¥330000, now No. 1 ¥230000): payments, arrears or reversals have been recorded since. "
                            + "Reject this request and request a new write-off.");
        }

        @Test
        void cannotApproveOnceMoreArrearsHaveArisen() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, new LeaseArrearsArisenEvent(CONTRACT,
                            SECOND_DUE.plusDays(1), List.of(entry(2, SECOND_DUE, 322_500)), 0))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("now No. 1 ¥330000, No. 2"));
        }

        @Test
        void cannotApproveWriteOffOfArrearsRecoveredSince() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, new LeasePaymentRecordedEvent(CONTRACT, "pay-1",
                            REQUESTED_ON.plusDays(1), yen(330_000), List.of(onBooks(1, 30_000, 300_000, true))))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("(then No. 1 ¥330000, now none)"));
        }

        @Test
        void aRequestStoredWithoutItsEntriesCanOnlyBeRejected() {
            fixture.given(OPENED, FIRST_IN_ARREARS, new LeaseWriteOffRequestedEvent(CONTRACT, "w-1", REQUESTED_ON,
                            "maker", "破産手続開始", yen(330_000), null))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("reject it and request again"));
        }

        @Test
        void aPendingRequestIsClosedWhenAPaymentCompletesTheContract() {
            LocalDate paidOn = REQUESTED_ON.plusDays(1);
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(pay("pay-1", paidOn, TOTAL))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            instanceOf(LeasePaymentRecordedEvent.class),
                            equalTo(new LeaseRequestClosedEvent(CONTRACT, "w-1", ApprovalKind.WRITE_OFF, paidOn,
                                    "The contract was completed on 2020-09-01: nothing is owed any more.")),
                            equalTo(new LeaseContractCompletedEvent(CONTRACT, paidOn)),
                            andNoMore())));
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, new LeaseRequestClosedEvent(CONTRACT, "w-1",
                            ApprovalKind.WRITE_OFF, paidOn, "完済"), new LeaseContractCompletedEvent(CONTRACT, paidOn))
                    .when(approve("checker"))
                    .expectNoEvents()
                    .expectExceptionMessage(containsString("completed on 2020-09-01"));
        }

        @Test
        void requesterCannotApproveTheirOwnWriteOff() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(approve("maker"))
                    .expectNoEvents()
                    .expectException(violationOf("decidedBy"));
        }

        @Test
        void cannotApproveWriteOffBeforeItWasRequested() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(new ApproveLeaseWriteOffCommand(CONTRACT, "w-1", REQUESTED_ON.minusDays(1), "checker", null))
                    .expectNoEvents()
                    .expectException(violationOf("decidedOn"));
        }

        @Test
        void rejectsWriteOffWithReason() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(new RejectLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, "checker", "回収見込みあり"))
                    .expectEvents(new LeaseWriteOffRejectedEvent(CONTRACT, "w-1", DECIDED_ON, "checker", "回収見込みあり"));
        }

        @Test
        void cannotRejectWriteOffWithoutReason() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(new RejectLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, "checker", ""))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void reversesWhatWasNotRecoveredSinceBackIntoArrears() {
            LocalDate paidOn = LocalDate.of(2020, 10, 1);
            LocalDate reversedOn = LocalDate.of(2021, 6, 1);
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, APPROVED, new LeasePaymentRecordedEvent(CONTRACT,
                            "pay-1", paidOn, yen(995_000), List.of(onBooks(2, 22_500, 300_000, false),
                            onBooks(3, 15_000, 300_000, false), onBooks(4, 7_500, 300_000, false),
                            recovered(1, 30_000, 20_000))))
                    .when(new ReverseLeaseWriteOffCommand(CONTRACT, "w-1", reversedOn, "checker", "誤って償却"))
                    .expectEvents(new LeaseWriteOffReversedEvent(CONTRACT, "w-1", reversedOn, "checker", "誤って償却",
                            List.of(new ArrearsEntry(1, FIRST_DUE, yen(280_000), yen(280_000)))));
        }

        @Test
        void reversedWriteOffIsOnTheBooksAndInArrearsAgain() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, APPROVED, new LeaseWriteOffReversedEvent(CONTRACT,
                            "w-1", DECIDED_ON, "checker", "誤って償却", List.of(entry(1, FIRST_DUE, 330_000))))
                    .when(new RequestLeaseWriteOffCommand(CONTRACT, "w-2", DECIDED_ON, "maker", "再申請"))
                    .expectEvents(new LeaseWriteOffRequestedEvent(CONTRACT, "w-2", DECIDED_ON, "maker", "再申請",
                            yen(330_000), List.of(entry(1, FIRST_DUE, 330_000))));
        }

        @Test
        void cannotReversePendingWriteOff() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED)
                    .when(new ReverseLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, "checker", "誤り"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("is still pending"));
        }

        @Test
        void cannotReverseWriteOffTwice() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, APPROVED, new LeaseWriteOffReversedEvent(CONTRACT,
                            "w-1", DECIDED_ON, "checker", "誤って償却", List.of(entry(1, FIRST_DUE, 330_000))))
                    .when(new ReverseLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, "checker", "誤り"))
                    .expectNoEvents()
                    .expectException(violationOf("requestId"))
                    .expectExceptionMessage(containsString("was reversed"));
        }

        @Test
        void cannotReverseWriteOffWithoutReason() {
            fixture.given(OPENED, FIRST_IN_ARREARS, REQUESTED, APPROVED)
                    .when(new ReverseLeaseWriteOffCommand(CONTRACT, "w-1", DECIDED_ON, "checker", null))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }
    }

    @Nested
    class EarlySettlement {

        private static final LocalDate SETTLED_ON = LocalDate.of(2020, 10, 15);
        private static final LeaseContractSettledEarlyEvent SETTLED = new LeaseContractSettledEarlyEvent(CONTRACT,
                SETTLED_ON, yen(922_500), List.of(onBooks(2, 22_500, 300_000, false), onBooks(3, 0, 300_000, false),
                onBooks(4, 0, 300_000, false)), yen(22_500),
                List.of(new WaivedInterest(3, yen(15_000)), new WaivedInterest(4, yen(7_500))));

        @Test
        void aPendingRequestIsClosedWithTheSettlement() {
            fixture.given(OPENED, FIRST_PAID, new LeaseDeferralRequestedEvent(CONTRACT, "d-1", SETTLED_ON.minusDays(30),
                            "maker", "売上減少", List.of(new Instalment(2, LocalDate.of(2021, 3, 31), yen(300_000),
                                    yen(22_500))), null))
                    .when(new SettleLeaseContractEarlyCommand(CONTRACT, SETTLED_ON, yen(922_500), null))
                    .expectEvents(new LeaseRequestClosedEvent(CONTRACT, "d-1", ApprovalKind.DEFERRAL, SETTLED_ON,
                            "The contract was settled early on 2020-10-15."), SETTLED);
        }

        @Test
        void settlesPayingWhatIsDueAndThePrincipalNotYetDueWaivingTheRestOfTheInterest() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(new SettleLeaseContractEarlyCommand(CONTRACT, SETTLED_ON, yen(922_500), 1L))
                    .expectEvents(SETTLED)
                    .expectResultMessagePayload(new CommandResult("lease-1", 2));
        }

        @Test
        void cannotSettleForAnyOtherAmount() {
            fixture.given(OPENED, FIRST_PAID)
                    .when(new SettleLeaseContractEarlyCommand(CONTRACT, SETTLED_ON, yen(900_000), null))
                    .expectNoEvents()
                    .expectException(violationOf("amount"))
                    .expectExceptionMessage("To settle on 2020-10-15 the firm pays exactly ¥922,500 (¥322,500 due and"
                            + " unpaid, ¥600,000 principal not yet due, ¥0 written off and not recovered); ¥900,000 was"
                            + " entered.");
        }

        @Test
        void aSettlementStoredBeforeItListedTheWaivedInterestWaivesWhatWasNotYetDue() {
            fixture.given(OPENED, FIRST_PAID, new LeaseContractSettledEarlyEvent(CONTRACT, SETTLED_ON, yen(922_500),
                            SETTLED.allocations(), yen(22_500), null))
                    // the first payment bounces: only it is owed again, the waived interest stays waived
                    .when(new ReverseLeasePaymentCommand(CONTRACT, "pay-1", SETTLED_ON, "不渡り", null))
                    .expectState(contract -> assertThat(contract.owed()).isEqualTo(330_000));
        }

        @Test
        void settlementIncludesWhatWasWrittenOff() {
            fixture.given(OPENED, FIRST_IN_ARREARS, WriteOffs.REQUESTED, WriteOffs.APPROVED)
                    .when(new SettleLeaseContractEarlyCommand(CONTRACT, SETTLED_ON, yen(1_252_500), null))
                    .expectEvents(new LeaseContractSettledEarlyEvent(CONTRACT, SETTLED_ON, yen(1_252_500), List.of(
                            onBooks(2, 22_500, 300_000, false), onBooks(3, 0, 300_000, false),
                            onBooks(4, 0, 300_000, false), recovered(1, 30_000, 300_000)), yen(22_500),
                            List.of(new WaivedInterest(3, yen(15_000)), new WaivedInterest(4, yen(7_500)))));
        }

        @Test
        void cannotPayOnContractSettledEarly() {
            fixture.given(OPENED, FIRST_PAID, SETTLED)
                    .when(pay("pay-2", SETTLED_ON, 1_000))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The contract was settled early on 2020-10-15; it is no longer possible to"
                            + " record a payment.");
        }

        @Test
        void cannotSettleTwice() {
            fixture.given(OPENED, FIRST_PAID, SETTLED)
                    .when(new SettleLeaseContractEarlyCommand(CONTRACT, SETTLED_ON, yen(0), null))
                    .expectNoEvents()
                    .expectException(violationOf(null));
        }

        @Test
        void arrearsRunLeavesSettledContractAlone() {
            fixture.given(OPENED, FIRST_PAID, SETTLED)
                    .when(new MarkLeaseArrearsCommand(CONTRACT, LocalDate.of(2022, 1, 1), 0))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
