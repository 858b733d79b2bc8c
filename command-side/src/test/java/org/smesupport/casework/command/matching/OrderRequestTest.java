package org.smesupport.casework.command.matching;

import static org.hamcrest.Matchers.containsString;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.matching.MatchingFixtures.COMPANY_NAME;
import static org.smesupport.casework.command.matching.MatchingFixtures.DETAILS;
import static org.smesupport.casework.command.matching.MatchingFixtures.ORDER;
import static org.smesupport.casework.command.matching.MatchingFixtures.OTHER_SUPPLIER;
import static org.smesupport.casework.command.matching.MatchingFixtures.RECEIVED;
import static org.smesupport.casework.command.matching.MatchingFixtures.RECEIVED_ON;
import static org.smesupport.casework.command.matching.MatchingFixtures.SUPPLIER;
import static org.smesupport.casework.command.matching.MatchingFixtures.WITHDRAWN_SUPPLIER;
import static org.smesupport.casework.command.matching.MatchingFixtures.details;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestFilledEvent;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.OrderRequestWithdrawnEvent;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRejectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRequestedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RejectReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;
import org.smesupport.casework.command.fiscalyear.FiscalYearClosures;

class OrderRequestTest {

    private static final LocalDate DELIVERY_BY = LocalDate.of(2020, 9, 30);
    private static final LocalDate INTRODUCED_ON = LocalDate.of(2020, 6, 10);
    private static final LocalDate DECIDED_ON = LocalDate.of(2020, 7, 1);
    private static final SupplierIntroducedEvent INTRODUCED =
            new SupplierIntroducedEvent(ORDER, "ref-1", SUPPLIER, COMPANY_NAME, INTRODUCED_ON);
    private static final ReferralOutcomeRecordedEvent CONCLUDED = new ReferralOutcomeRecordedEvent(ORDER, "ref-1",
            SUPPLIER, ReferralOutcome.CONCLUDED, Yen.of(480_000), null, DECIDED_ON);
    private static final ReferralOutcomeRecordedEvent NOT_CONCLUDED = new ReferralOutcomeRecordedEvent(ORDER, "ref-1",
            SUPPLIER, ReferralOutcome.NOT_CONCLUDED, Yen.ZERO, "価格が合わず", DECIDED_ON);
    private static final OrderRequestFilledEvent FILLED = new OrderRequestFilledEvent(ORDER, LocalDate.of(2020, 7, 2));
    private static final OrderRequestWithdrawnEvent WITHDRAWN =
            new OrderRequestWithdrawnEvent(ORDER, LocalDate.of(2020, 6, 20), "発注中止");

    private final Map<FiscalYear, FiscalYearClosures.Closure> closedYears = new HashMap<>();
    private FixtureConfiguration<OrderRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrderRequest.class);
        fixture.registerInjectableResource(new MatchingFixtures.StubSuppliers());
        fixture.registerInjectableResource((ClosedFiscalYears) year -> Optional.ofNullable(closedYears.get(year)));
    }

    private static ReceiveOrderRequestCommand receive(OrderRequestDetails details) {
        return new ReceiveOrderRequestCommand(ORDER, details, RECEIVED_ON);
    }

    private static OrderRequestDetails withBudget(Yen budget) {
        return details("相模原重工", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 1, DELIVERY_BY, budget);
    }

    private static IntroduceSupplierCommand introduce(String referralId, SupplierId supplierId, LocalDate on) {
        return new IntroduceSupplierCommand(ORDER, referralId, supplierId, on);
    }

    private static RecordReferralOutcomeCommand outcome(ReferralOutcome outcome, Yen amount, String reason) {
        return new RecordReferralOutcomeCommand(ORDER, "ref-1", outcome, amount, reason, DECIDED_ON);
    }

    private static RequestReferralOutcomeCorrectionCommand correct(ReferralOutcome outcome, Yen amount, LocalDate on) {
        return new RequestReferralOutcomeCorrectionCommand(ORDER, "ref-1", outcome, amount, "集計誤り", on, "maker");
    }

    @Nested
    class Receiving {

        @Test
        void receivesOrderRequest() {
            fixture.givenNoPriorActivity()
                    .when(receive(DETAILS))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(RECEIVED);
        }

        @Test
        void acceptsRequestWithoutBudgetAndWithBudgetOfZero() {
            fixture.givenNoPriorActivity()
                    .when(receive(withBudget(null)))
                    .expectEvents(new OrderRequestReceivedEvent(ORDER, withBudget(null), RECEIVED_ON));
            fixture.givenNoPriorActivity()
                    .when(receive(withBudget(Yen.ZERO)))
                    .expectEvents(new OrderRequestReceivedEvent(ORDER, withBudget(Yen.ZERO), RECEIVED_ON));
        }

        @Test
        void cannotReceiveWithNegativeBudget() {
            fixture.givenNoPriorActivity()
                    .when(receive(withBudget(Yen.of(-1))))
                    .expectNoEvents()
                    .expectException(violationOf("budget"));
        }

        @Test
        void cannotReceiveWithoutDetails() {
            fixture.givenNoPriorActivity()
                    .when(receive(null))
                    .expectNoEvents()
                    .expectException(violationOf("details"));
        }

        @Test
        void cannotReceiveWithBlankOrderingFirm() {
            fixture.givenNoPriorActivity()
                    .when(receive(details(" ", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 1, DELIVERY_BY,
                            null)))
                    .expectNoEvents()
                    .expectException(violationOf("orderingFirm"));
        }

        @Test
        void cannotReceiveWithoutOrderingFirmsRegion() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", null, "試作", Set.of(Process.MACHINING), 1, DELIVERY_BY, null)))
                    .expectNoEvents()
                    .expectException(violationOf("orderingFirmRegion"));
        }

        @Test
        void cannotReceiveWithBlankWork() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", Region.SAGAMIHARA, "", Set.of(Process.MACHINING), 1, DELIVERY_BY,
                            null)))
                    .expectNoEvents()
                    .expectException(violationOf("work"));
        }

        @Test
        void cannotReceiveWithoutAnyProcess() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", Region.SAGAMIHARA, "試作", Set.of(), 1, DELIVERY_BY, null)))
                    .expectNoEvents()
                    .expectException(violationOf("processes"));
        }

        @Test
        void cannotReceiveForQuantityZero() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 0,
                            DELIVERY_BY, null)))
                    .expectNoEvents()
                    .expectException(violationOf("quantity"))
                    .expectExceptionMessage("The quantity must be at least 1.");
        }

        @Test
        void cannotReceiveWithDeliveryOnTheDayOfReceipt() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 1,
                            RECEIVED_ON, null)))
                    .expectNoEvents()
                    .expectException(violationOf("deliveryBy"))
                    .expectExceptionMessage("The delivery date must be after the request was received on 2020-06-01.");
        }

        @Test
        void cannotReceiveWithoutDeliveryDate() {
            fixture.givenNoPriorActivity()
                    .when(receive(details("相模原重工", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 1, null,
                            null)))
                    .expectNoEvents()
                    .expectException(violationOf("deliveryBy"));
        }

        @Test
        void cannotReceiveWithoutReceiptDate() {
            fixture.givenNoPriorActivity()
                    .when(new ReceiveOrderRequestCommand(ORDER, DETAILS, null))
                    .expectNoEvents()
                    .expectException(violationOf("receivedOn"));
        }

        @Test
        void cannotReceiveWithoutRequiredCertificationsSet() {
            fixture.givenNoPriorActivity()
                    .when(receive(new OrderRequestDetails("相模原重工", Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING),
                            1, DELIVERY_BY, null, null, null, null)))
                    .expectNoEvents()
                    .expectException(violationOf("requiredCertifications"));
        }
    }

    @Nested
    class ClosingTheRequest {

        @Test
        void withdrawsOpenRequestAndReturnsVersionOne() {
            fixture.given(RECEIVED)
                    .when(new WithdrawOrderRequestCommand(ORDER, LocalDate.of(2020, 6, 20), "発注中止"))
                    .expectEvents(WITHDRAWN)
                    .expectResultMessagePayload(new CommandResult("order-1", 1));
        }

        @Test
        void cannotWithdrawWithoutReason() {
            fixture.given(RECEIVED)
                    .when(new WithdrawOrderRequestCommand(ORDER, LocalDate.of(2020, 6, 20), " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotWithdrawBeforeReceipt() {
            fixture.given(RECEIVED)
                    .when(new WithdrawOrderRequestCommand(ORDER, RECEIVED_ON.minusDays(1), "発注中止"))
                    .expectNoEvents()
                    .expectException(violationOf("withdrawnOn"));
        }

        @Test
        void cannotWithdrawFilledRequest() {
            fixture.given(RECEIVED, FILLED)
                    .when(new WithdrawOrderRequestCommand(ORDER, LocalDate.of(2020, 7, 3), "発注中止"))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The request was filled on 2020-07-02; it can no longer be withdrawn.");
        }

        @Test
        void cannotWithdrawTwice() {
            fixture.given(RECEIVED, WITHDRAWN)
                    .when(new WithdrawOrderRequestCommand(ORDER, LocalDate.of(2020, 7, 3), "発注中止"))
                    .expectNoEvents()
                    .expectException(violationOf(null));
        }

        @Test
        void marksOpenRequestFilledAndReturnsTheVersion() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(new MarkOrderRequestFilledCommand(ORDER, LocalDate.of(2020, 7, 2)))
                    .expectEvents(FILLED)
                    .expectResultMessagePayload(new CommandResult("order-1", 2));
        }

        @Test
        void cannotMarkWithdrawnRequestFilled() {
            fixture.given(RECEIVED, WITHDRAWN)
                    .when(new MarkOrderRequestFilledCommand(ORDER, LocalDate.of(2020, 7, 2)))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The request was withdrawn on 2020-06-20; it can no longer be marked filled.");
        }

        @Test
        void cannotMarkFilledTwice() {
            fixture.given(RECEIVED, FILLED)
                    .when(new MarkOrderRequestFilledCommand(ORDER, LocalDate.of(2020, 7, 3)))
                    .expectNoEvents()
                    .expectException(violationOf(null));
        }

        @Test
        void cannotMarkFilledBeforeReceiptOrWithoutDate() {
            fixture.given(RECEIVED)
                    .when(new MarkOrderRequestFilledCommand(ORDER, RECEIVED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("filledOn"));
            fixture.given(RECEIVED)
                    .when(new MarkOrderRequestFilledCommand(ORDER, null))
                    .expectNoEvents()
                    .expectException(violationOf("filledOn"));
        }
    }

    @Nested
    class Introducing {

        @Test
        void introducesRegisteredSupplierWithItsNameAndReturnsVersionOne() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", SUPPLIER, INTRODUCED_ON))
                    .expectEvents(INTRODUCED)
                    .expectResultMessagePayload(new CommandResult("order-1", 1));
        }

        @Test
        void introducesSeveralSuppliersToOneRequest() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(introduce("ref-2", OTHER_SUPPLIER, LocalDate.of(2020, 6, 15)))
                    .expectEvents(new SupplierIntroducedEvent(ORDER, "ref-2", OTHER_SUPPLIER, "湘南プレス",
                            LocalDate.of(2020, 6, 15)))
                    .expectResultMessagePayload(new CommandResult("order-1", 2));
        }

        @Test
        void cannotIntroduceTheSameSupplierTwice() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(introduce("ref-2", SUPPLIER, INTRODUCED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplierId"))
                    .expectExceptionMessage("Supplier supplier-company-1 has already been introduced for this request.");
        }

        @Test
        void cannotReuseAReferralId() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(introduce("ref-1", OTHER_SUPPLIER, LocalDate.of(2020, 6, 15)))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"));
        }

        @Test
        void cannotIntroduceWithBlankReferralId() {
            fixture.given(RECEIVED)
                    .when(introduce(" ", SUPPLIER, INTRODUCED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"));
        }

        @Test
        void cannotIntroduceUnregisteredSupplier() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", SupplierId.of("supplier-x"), INTRODUCED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplierId"))
                    .expectExceptionMessage("Supplier supplier-x is not registered.");
        }

        @Test
        void cannotIntroduceWithdrawnSupplier() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", WITHDRAWN_SUPPLIER, INTRODUCED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplierId"))
                    .expectExceptionMessage("Supplier supplier-company-2 (横浜板金) withdrew on 2020-05-31 and takes no"
                            + " more introductions.");
        }

        @Test
        void cannotIntroduceSupplierBeforeItRegistered() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", OTHER_SUPPLIER, LocalDate.of(2020, 6, 14)))
                    .expectNoEvents()
                    .expectException(violationOf("introducedOn"));
        }

        @Test
        void cannotIntroduceBeforeTheRequestWasReceived() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", SUPPLIER, RECEIVED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("introducedOn"))
                    .expectExceptionMessage("A supplier cannot be introduced before the request was received on 2020-06-01.");
        }

        @Test
        void cannotIntroduceWithoutDateOrSupplier() {
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", SUPPLIER, null))
                    .expectNoEvents()
                    .expectException(violationOf("introducedOn"));
            fixture.given(RECEIVED)
                    .when(introduce("ref-1", null, INTRODUCED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("supplierId"));
        }

        @Test
        void cannotIntroduceToFilledOrWithdrawnRequest() {
            fixture.given(RECEIVED, FILLED)
                    .when(introduce("ref-1", SUPPLIER, LocalDate.of(2020, 7, 3)))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("The request was filled on 2020-07-02; it can no longer be given introductions.");
            fixture.given(RECEIVED, WITHDRAWN)
                    .when(introduce("ref-1", SUPPLIER, LocalDate.of(2020, 7, 3)))
                    .expectNoEvents()
                    .expectException(violationOf(null));
        }
    }

    @Nested
    class RecordingOutcomes {

        @Test
        void recordsConcludedDealWithInitialOrderAmountAndReturnsVersionTwo() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.CONCLUDED, Yen.of(480_000), null))
                    .expectEvents(CONCLUDED)
                    .expectResultMessagePayload(new CommandResult("order-1", 2));
        }

        @Test
        void recordsDealNotConcludedWithReasonAndAmountZero() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, null, "価格が合わず"))
                    .expectEvents(NOT_CONCLUDED);
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, Yen.ZERO, "価格が合わず"))
                    .expectEvents(NOT_CONCLUDED);
        }

        @Test
        void recordsOutcomeAfterTheRequestWasFilledOrWithdrawn() {
            fixture.given(RECEIVED, INTRODUCED, FILLED)
                    .when(outcome(ReferralOutcome.CONCLUDED, Yen.of(480_000), null))
                    .expectEvents(CONCLUDED)
                    .expectResultMessagePayload(new CommandResult("order-1", 3));
            fixture.given(RECEIVED, INTRODUCED, WITHDRAWN)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, null, "価格が合わず"))
                    .expectEvents(NOT_CONCLUDED);
        }

        @Test
        void cannotRecordConcludedDealWithoutAmount() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.CONCLUDED, null, null))
                    .expectNoEvents()
                    .expectException(violationOf("initialOrderAmount"))
                    .expectExceptionMessage("A concluded deal (成立) needs its initial order amount (成立当初受注額), more"
                            + " than ¥0.");
        }

        @Test
        void cannotRecordConcludedDealOfZeroYen() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.CONCLUDED, Yen.ZERO, null))
                    .expectNoEvents()
                    .expectException(violationOf("initialOrderAmount"));
        }

        @Test
        void cannotRecordDealNotConcludedWithAnAmount() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, Yen.of(1), "価格が合わず"))
                    .expectNoEvents()
                    .expectException(violationOf("initialOrderAmount"));
        }

        @Test
        void cannotRecordDealNotConcludedWithoutReason() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, null, " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotRecordWithoutOutcome() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(outcome(null, Yen.of(1), null))
                    .expectNoEvents()
                    .expectException(violationOf("outcome"));
        }

        @Test
        void cannotRecordOutcomeOfUnknownReferral() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(new RecordReferralOutcomeCommand(ORDER, "ref-9", ReferralOutcome.CONCLUDED, Yen.of(1), null,
                            DECIDED_ON))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage("No referral ref-9 has been made for this request.");
        }

        @Test
        void cannotRecordOutcomeTwice() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(outcome(ReferralOutcome.NOT_CONCLUDED, null, "取消"))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage("The outcome of referral ref-1 was already recorded on 2020-07-01; correct"
                            + " it instead, with a reason.");
        }

        @Test
        void cannotDecideBeforeTheIntroduction() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(new RecordReferralOutcomeCommand(ORDER, "ref-1", ReferralOutcome.CONCLUDED, Yen.of(1), null,
                            INTRODUCED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("decidedOn"));
        }

        @Test
        void cannotRecordWithoutDecisionDate() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(new RecordReferralOutcomeCommand(ORDER, "ref-1", ReferralOutcome.CONCLUDED, Yen.of(1), null,
                            null))
                    .expectNoEvents()
                    .expectException(violationOf("decidedOn"));
        }
    }

    @Nested
    class CorrectingOutcomes {

        private final LocalDate correctedOn = LocalDate.of(2020, 8, 1);

        @Test
        void anOutcomeDecidedInAClosedYearIsNotCorrected() {
            closedYears.put(FiscalYear.containing(DECIDED_ON), new FiscalYearClosures.Closure(
                    FiscalYear.containing(DECIDED_ON).startYear(), LocalDate.of(2021, 5, 10), "supervisor", "決算承認",
                    Instant.parse("2021-05-10T01:00:00Z"), 0));
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, LocalDate.of(2021, 6, 1)))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage(containsString("counts in 2020 (R02), which was closed on 2021-05-10"));
        }

        @Test
        void correctsConcludedDealToNotConcludedKeepingTheOriginalDecisionDate() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, correctedOn))
                    .expectEvents(new ReferralOutcomeCorrectionRequestedEvent(ORDER, "ref-1", SUPPLIER,
                            ReferralOutcome.CONCLUDED, Yen.of(480_000), ReferralOutcome.NOT_CONCLUDED, Yen.ZERO, DECIDED_ON,
                            "集計誤り", correctedOn, "maker"))
                    .expectResultMessagePayload(new CommandResult("order-1", 3));
        }

        @Test
        void correctsTheAmountOfAConcludedDeal() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.CONCLUDED, Yen.of(520_000), correctedOn))
                    .expectEvents(new ReferralOutcomeCorrectionRequestedEvent(ORDER, "ref-1", SUPPLIER,
                            ReferralOutcome.CONCLUDED, Yen.of(480_000), ReferralOutcome.CONCLUDED, Yen.of(520_000),
                            DECIDED_ON, "集計誤り", correctedOn, "maker"));
        }

        @Test
        void namesThePreviousCorrectionAsWhatASecondCorrectionReplaces() {
            fixture.given(RECEIVED, INTRODUCED, NOT_CONCLUDED,
                            new ReferralOutcomeCorrectedEvent(ORDER, "ref-1", SUPPLIER, ReferralOutcome.NOT_CONCLUDED,
                                    Yen.ZERO, ReferralOutcome.CONCLUDED, Yen.of(300_000), DECIDED_ON, "成立の連絡",
                                    correctedOn, "maker", "checker"))
                    .when(correct(ReferralOutcome.CONCLUDED, Yen.of(350_000), correctedOn.plusDays(1)))
                    .expectEvents(new ReferralOutcomeCorrectionRequestedEvent(ORDER, "ref-1", SUPPLIER,
                            ReferralOutcome.CONCLUDED, Yen.of(300_000), ReferralOutcome.CONCLUDED, Yen.of(350_000),
                            DECIDED_ON, "集計誤り", correctedOn.plusDays(1), "maker"))
                    .expectResultMessagePayload(new CommandResult("order-1", 4));
        }

        @Test
        void correctsAfterTheRequestWasFilled() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, FILLED)
                    .when(correct(ReferralOutcome.CONCLUDED, Yen.of(520_000), correctedOn))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new CommandResult("order-1", 4));
        }

        @Test
        void cannotCorrectOutcomeNotYetRecorded() {
            fixture.given(RECEIVED, INTRODUCED)
                    .when(correct(ReferralOutcome.CONCLUDED, Yen.of(1), correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage("No outcome has been recorded for referral ref-1; record it instead of"
                            + " correcting it.");
        }

        @Test
        void cannotCorrectUnknownReferral() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(new RequestReferralOutcomeCorrectionCommand(ORDER, "ref-9", ReferralOutcome.NOT_CONCLUDED,
                            null, "誤り", correctedOn, "maker"))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"));
        }

        @Test
        void cannotCorrectWithoutReason() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(new RequestReferralOutcomeCorrectionCommand(ORDER, "ref-1", ReferralOutcome.NOT_CONCLUDED,
                            null, " ", correctedOn, "maker"))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }

        @Test
        void cannotCorrectToTheSameOutcomeAndAmount() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.CONCLUDED, Yen.of(480_000), correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf(null))
                    .expectExceptionMessage("Referral ref-1 is already recorded as CONCLUDED with ¥480,000; the"
                            + " correction changes nothing.");
            fixture.given(RECEIVED, INTRODUCED, NOT_CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf(null));
        }

        @Test
        void cannotCorrectToConcludedWithoutAmount() {
            fixture.given(RECEIVED, INTRODUCED, NOT_CONCLUDED)
                    .when(correct(ReferralOutcome.CONCLUDED, null, correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf("initialOrderAmount"));
        }

        @Test
        void cannotCorrectToNotConcludedWithAnAmount() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, Yen.of(480_000), correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf("initialOrderAmount"));
        }

        @Test
        void cannotCorrectBeforeTheDecision() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, DECIDED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("requestedOn"))
                    .expectExceptionMessage("The outcome cannot be corrected before it was decided on 2020-07-01.");
        }

        @Test
        void cannotCorrectBeforeTheLastCorrection() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED,
                            new ReferralOutcomeCorrectedEvent(ORDER, "ref-1", SUPPLIER, ReferralOutcome.CONCLUDED,
                                    Yen.of(480_000), ReferralOutcome.CONCLUDED, Yen.of(520_000), DECIDED_ON, "誤り",
                                    correctedOn, "maker", "checker"))
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, correctedOn.minusDays(1)))
                    .expectNoEvents()
                    .expectException(violationOf("requestedOn"))
                    .expectExceptionMessage("The outcome cannot be corrected before it was last corrected on 2020-08-01.");
        }

        @Test
        void cannotCorrectWithoutOutcomeOrDate() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(null, null, correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf("outcome"));
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, null))
                    .expectNoEvents()
                    .expectException(violationOf("requestedOn"));
        }

        private final ReferralOutcomeCorrectionRequestedEvent requested = new ReferralOutcomeCorrectionRequestedEvent(
                ORDER, "ref-1", SUPPLIER, ReferralOutcome.CONCLUDED, Yen.of(480_000), ReferralOutcome.CONCLUDED,
                Yen.of(520_000), DECIDED_ON, "集計誤り", correctedOn, "maker");

        @Test
        void approvalAppliesExactlyTheRequestedCorrectionOnItsOwnDate() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(new ApproveReferralOutcomeCorrectionCommand(ORDER, "ref-1", correctedOn.plusDays(2),
                            "checker", "発注書を確認"))
                    .expectEvents(new ReferralOutcomeCorrectedEvent(ORDER, "ref-1", SUPPLIER, ReferralOutcome.CONCLUDED,
                            Yen.of(480_000), ReferralOutcome.CONCLUDED, Yen.of(520_000), DECIDED_ON, "集計誤り",
                            correctedOn.plusDays(2), "maker", "checker"))
                    .expectResultMessagePayload(new CommandResult("order-1", 4));
        }

        @Test
        void theRequesterCannotDecideTheirOwnCorrection() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(new ApproveReferralOutcomeCorrectionCommand(ORDER, "ref-1", correctedOn, "maker", null))
                    .expectNoEvents()
                    .expectException(violationOf("decidedBy"))
                    .expectExceptionMessage(containsString("cannot approve or reject their own correction"));
        }

        @Test
        void aRejectedCorrectionLeavesTheOutcomeAndAllowsANewRequest() {
            ReferralOutcomeCorrectionRejectedEvent rejected = new ReferralOutcomeCorrectionRejectedEvent(ORDER, "ref-1",
                    correctedOn, "checker", "発注書と一致");
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(new RejectReferralOutcomeCorrectionCommand(ORDER, "ref-1", correctedOn, "checker",
                            "発注書と一致"))
                    .expectEvents(rejected);
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested, rejected)
                    .when(new ApproveReferralOutcomeCorrectionCommand(ORDER, "ref-1", correctedOn, "checker", null))
                    .expectNoEvents()
                    .expectExceptionMessage("No correction of referral ref-1 awaits a decision.");
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested, rejected)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, correctedOn))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void oneCorrectionAwaitsASupervisorAtATime() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(correct(ReferralOutcome.NOT_CONCLUDED, null, correctedOn))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage(containsString("requested by maker on 2020-08-01 awaits a supervisor"));
        }

        @Test
        void approvalIsRefusedOnceTheOriginalYearWasClosed() {
            closedYears.put(FiscalYear.containing(DECIDED_ON), new FiscalYearClosures.Closure(
                    FiscalYear.containing(DECIDED_ON).startYear(), LocalDate.of(2021, 5, 10), "supervisor", "決算承認",
                    Instant.parse("2021-05-10T01:00:00Z"), 0));
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(new ApproveReferralOutcomeCorrectionCommand(ORDER, "ref-1", LocalDate.of(2021, 6, 1),
                            "checker", null))
                    .expectNoEvents()
                    .expectException(violationOf("referralId"))
                    .expectExceptionMessage(containsString("which was closed on 2021-05-10"));
        }

        @Test
        void rejectionNeedsAReason() {
            fixture.given(RECEIVED, INTRODUCED, CONCLUDED, requested)
                    .when(new RejectReferralOutcomeCorrectionCommand(ORDER, "ref-1", correctedOn, "checker", " "))
                    .expectNoEvents()
                    .expectException(violationOf("reason"));
        }
    }
}
