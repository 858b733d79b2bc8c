package org.smesupport.casework.command.lease;

import static org.hamcrest.Matchers.containsString;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;
import static org.smesupport.casework.command.lease.LeaseFixtures.COMPANY;
import static org.smesupport.casework.command.lease.LeaseFixtures.CONTRACT;
import static org.smesupport.casework.command.lease.LeaseFixtures.CONTRACT_DATE;
import static org.smesupport.casework.command.lease.LeaseFixtures.FIRST_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.FOURTH_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.SCHEDULE;
import static org.smesupport.casework.command.lease.LeaseFixtures.SECOND_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.THIRD_DUE;
import static org.smesupport.casework.command.lease.LeaseFixtures.entry;
import static org.smesupport.casework.command.lease.LeaseFixtures.onBooks;
import static org.smesupport.casework.command.lease.LeaseFixtures.recovered;
import static org.smesupport.casework.command.lease.LeaseFixtures.yen;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand.ArrearsAtCutOver;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.CutOverInstalment;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;

/**
 * The fixtures' quarterly contract brought forward at a cut-over of 2021-01-04, after three of its four
 * instalments fell due (principal 900,000 and interest 67,500 then): principal 550,000 and interest 50,000 paid,
 * instalment 3 (315,000) in arrears, 52,500 written off. The write-off's parts are what the books leave:
 * principal 900,000 − 550,000 − 300,000 = 50,000 and interest 67,500 − 50,000 − 15,000 = 2,500, both laid on
 * instalment 1, the oldest.
 */
class LeaseContractBroughtForwardTest {

    private static final LocalDate CUT_OVER = LocalDate.of(2021, 1, 4);
    private static final List<ArrearsAtCutOver> THIRD_IN_ARREARS =
            List.of(new ArrearsAtCutOver(THIRD_DUE, yen(300_000), yen(15_000)));
    private static final LeaseContractBroughtForwardEvent BROUGHT_FORWARD = new LeaseContractBroughtForwardEvent(
            CONTRACT, COMPANY, Industry.MANUFACTURING, SizeClass.SMALL, ContractKind.INSTALMENT_SALE, "CNC旋盤",
            yen(1_300_000), yen(100_000), yen(1_200_000), 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE,
            SCHEDULE, CUT_OVER, List.of(
                    position(1, FIRST_DUE, 27_500, 250_000, 2_500, 50_000, 0, 0),
                    position(2, SECOND_DUE, 22_500, 300_000, 0, 0, 0, 0),
                    position(3, THIRD_DUE, 0, 0, 0, 0, 15_000, 300_000)));

    private FixtureConfiguration<LeaseContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LeaseContract.class);
        fixture.registerInjectableResource(new LeaseFixtures.StubCompanies());
    }

    private static CutOverInstalment position(int number, LocalDate dueDate, long paidInterest, long paidPrincipal,
                                              long writtenOffInterest, long writtenOffPrincipal, long arrearsInterest,
                                              long arrearsPrincipal) {
        return new CutOverInstalment(number, dueDate, yen(paidInterest), yen(paidPrincipal), yen(writtenOffInterest),
                yen(writtenOffPrincipal), yen(arrearsInterest), yen(arrearsPrincipal));
    }

    private static BringForwardLeaseContractCommand bringForward(CompanyId company, LocalDate cutOver,
                                                                 long paidPrincipal, long paidInterest,
                                                                 List<ArrearsAtCutOver> arrears, long writtenOff) {
        return new BringForwardLeaseContractCommand(CONTRACT, company, ContractKind.INSTALMENT_SALE, "CNC旋盤",
                yen(1_300_000), yen(100_000), 12, PaymentFrequency.QUARTERLY, 1000, 0, CONTRACT_DATE, FIRST_DUE,
                cutOver, yen(paidPrincipal), yen(paidInterest), arrears, yen(writtenOff));
    }

    private static BringForwardLeaseContractCommand bringForward(long paidPrincipal, long paidInterest,
                                                                 List<ArrearsAtCutOver> arrears, long writtenOff) {
        return bringForward(COMPANY, CUT_OVER, paidPrincipal, paidInterest, arrears, writtenOff);
    }

    @Test
    void bringsForwardTheScheduleWithWhatWasPaidWrittenOffAndInArrearsAtTheCutOver() {
        fixture.givenNoPriorActivity()
                .when(bringForward(550_000, 50_000, THIRD_IN_ARREARS, 52_500))
                .expectSuccessfulHandlerExecution()
                .expectEvents(BROUGHT_FORWARD);
    }

    @Test
    void cannotBringForwardForUnregisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(bringForward(CompanyId.of("company-x"), CUT_OVER, 550_000, 50_000, THIRD_IN_ARREARS, 52_500))
                .expectNoEvents()
                .expectException(violationOf("companyId"))
                .expectExceptionMessage("Company company-x is not registered.");
    }

    @Test
    void cannotBringForwardAtOrBeforeTheContractDate() {
        fixture.givenNoPriorActivity()
                .when(bringForward(COMPANY, CONTRACT_DATE, 0, 0, List.of(), 0))
                .expectNoEvents()
                .expectException(violationOf("cutOver"))
                .expectExceptionMessage("The cut-over 2020-03-31 must be after the contract date 2020-03-31.");
    }

    @Test
    void cannotBringForwardArrearsOfAnInstalmentNotYetDueAtTheCutOver() {
        fixture.givenNoPriorActivity()
                .when(bringForward(850_000, 67_500, List.of(new ArrearsAtCutOver(FOURTH_DUE, yen(50_000), yen(0))), 0))
                .expectNoEvents()
                .expectException(violationOf("arrears"))
                .expectExceptionMessage("No instalment of the schedule due before the cut-over 2021-01-04 falls due on "
                        + "2021-03-30; those fall due on 2020-06-30 … 2020-12-30.");
    }

    @Test
    void cannotBringForwardMoreArrearsThanTheInstalmentCarries() {
        fixture.givenNoPriorActivity()
                .when(bringForward(600_000, 52_500, List.of(new ArrearsAtCutOver(THIRD_DUE, yen(300_000), yen(15_001))),
                        0))
                .expectNoEvents()
                .expectException(violationOf("arrears"));
    }

    @Test
    void cannotBringForwardTheSameInstalmentInArrearsTwice() {
        ArrearsAtCutOver half = new ArrearsAtCutOver(THIRD_DUE, yen(150_000), yen(7_500));
        fixture.givenNoPriorActivity()
                .when(bringForward(600_000, 52_500, List.of(half, half), 0))
                .expectNoEvents()
                .expectException(violationOf("arrears"));
    }

    @Test
    void cannotBringForwardFiguresThatDoNotAddUpToTheScheduleSayingByHowMuch() {
        fixture.givenNoPriorActivity()
                .when(bringForward(540_000, 50_000, THIRD_IN_ARREARS, 52_500))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage(containsString("come to ¥957,500: ¥10,000 is not accounted for"));
        fixture.givenNoPriorActivity()
                .when(bringForward(550_000, 50_000, THIRD_IN_ARREARS, 62_500))
                .expectNoEvents()
                .expectExceptionMessage(containsString("¥10,000 more than the schedule"));
    }

    @Test
    void cannotBringForwardMorePrincipalPaidAndInArrearsThanFellDue() {
        fixture.givenNoPriorActivity()
                .when(bringForward(650_000, 0, THIRD_IN_ARREARS, 2_500))
                .expectNoEvents()
                .expectException(violationOf("paidPrincipal"))
                .expectExceptionMessage("The principal paid ¥650,000 and the principal in arrears ¥300,000 come to more "
                        + "than the principal of the instalments due before the cut-over, ¥900,000, by ¥50,000.");
    }

    @Test
    void cannotBringForwardNegativeAmounts() {
        fixture.givenNoPriorActivity()
                .when(bringForward(550_000, 50_000, THIRD_IN_ARREARS, -1))
                .expectNoEvents()
                .expectException(violationOf("writtenOff"));
    }

    @Test
    void cannotBringForwardAContractPaidInFull() {
        fixture.givenNoPriorActivity()
                .when(bringForward(COMPANY, LocalDate.of(2021, 4, 1), 1_200_000, 75_000, List.of(), 0))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage(containsString("no longer in force"));
    }

    @Test
    void aPaymentAfterTheCutOverRecoversTheArrearsBroughtForward() {
        fixture.given(BROUGHT_FORWARD)
                .when(new RecordLeasePaymentCommand(CONTRACT, "pay-1", CUT_OVER.plusDays(6), yen(315_000), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", CUT_OVER.plusDays(6), yen(315_000),
                        List.of(onBooks(3, 15_000, 300_000, true))));
    }

    @Test
    void paymentsBeyondTheBooksRecoverWhatWasWrittenOffBeforeTheCutOver() {
        LocalDate paidOn = CUT_OVER.plusDays(6);
        fixture.given(BROUGHT_FORWARD)
                .when(new RecordLeasePaymentCommand(CONTRACT, "pay-1", paidOn, yen(675_000), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LeasePaymentRecordedEvent(CONTRACT, "pay-1", paidOn, yen(675_000),
                                List.of(onBooks(3, 15_000, 300_000, true), onBooks(4, 7_500, 300_000, false),
                                        recovered(1, 2_500, 50_000))),
                        new LeaseContractCompletedEvent(CONTRACT, paidOn));
    }

    @Test
    void theCloseOfBusinessPutsOnlyLaterInstalmentsInArrears() {
        LocalDate closed = FOURTH_DUE.plusDays(1);
        fixture.given(BROUGHT_FORWARD)
                .when(new MarkLeaseArrearsCommand(CONTRACT, closed, 0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LeaseArrearsArisenEvent(CONTRACT, closed, List.of(entry(4, FOURTH_DUE, 307_500)), 0));
    }

    @Test
    void theArrearsBroughtForwardCanBeWrittenOff() {
        fixture.given(BROUGHT_FORWARD)
                .when(new RequestLeaseWriteOffCommand(CONTRACT, "wo-1", CUT_OVER, "caseworker", "経営破綻"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LeaseWriteOffRequestedEvent(CONTRACT, "wo-1", CUT_OVER, "caseworker", "経営破綻",
                        yen(315_000), List.of(entry(3, THIRD_DUE, 315_000))));
    }
}
