package org.smesupport.casework.command.restructuring;

import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.MONITORING_REPORT_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.MONITORING_REPORT_RECEIVED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED;
import static org.smesupport.casework.api.restructuring.ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.CreditorAddedEvent;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.command.company.CompanyRegistry;

class ImprovementSubsidyTest {

    private static final ImprovementSubsidyId FILE = ImprovementSubsidyId.of("subsidy-1");
    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final ImprovementSubsidyKind KIND = ImprovementSubsidyKind.IMPROVEMENT_PLAN;
    private static final LocalDate DAY_1 = LocalDate.of(2020, 5, 1);

    private FixtureConfiguration<ImprovementSubsidy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ImprovementSubsidy.class);
        fixture.registerInjectableResource((CompanyRegistry) COMPANY::equals);
    }

    private static LocalDate day(int n) {
        return DAY_1.plusDays(n - 1L);
    }

    private static RecordImprovementSubsidyStepCommand step(ImprovementSubsidyStep step, Boolean approved, LocalDate on) {
        return new RecordImprovementSubsidyStepCommand(FILE, step, null, null, null, approved, on);
    }

    private static RecordImprovementSubsidyStepCommand payment(long cost, LocalDate on) {
        return new RecordImprovementSubsidyStepCommand(FILE, PAYMENT_APPLICATION_RECEIVED, null, null, Yen.of(cost), null, on);
    }

    private static ImprovementSubsidyStepRecordedEvent recorded(ImprovementSubsidyStep step, Boolean approved, LocalDate on) {
        return recorded(KIND, step, approved, on);
    }

    private static ImprovementSubsidyStepRecordedEvent recorded(ImprovementSubsidyKind kind, ImprovementSubsidyStep step,
            Boolean approved, LocalDate on) {
        return new ImprovementSubsidyStepRecordedEvent(FILE, COMPANY, kind, step, approved, null, null, null, null, on);
    }

    private static ImprovementSubsidyStepRecordedEvent figures(ImprovementSubsidyKind kind, ImprovementSubsidyStep step,
            Boolean approved, long cost, long twoThirds, long subsidy, LocalDate on) {
        return new ImprovementSubsidyStepRecordedEvent(FILE, COMPANY, kind, step, approved, Yen.of(cost),
                Yen.of(twoThirds), kind.cap(), Yen.of(subsidy), on);
    }

    private static final ImprovementSubsidyStepRecordedEvent RECEIVED = recorded(USAGE_APPLICATION_RECEIVED, null, DAY_1);
    private static final ImprovementSubsidyStepRecordedEvent APPROVED = recorded(USAGE_APPLICATION_DECIDED, true, DAY_1);
    private static final ImprovementSubsidyStepRecordedEvent PAYMENT = figures(KIND, PAYMENT_APPLICATION_RECEIVED, null,
            1_500_000, 1_000_000, 1_000_000, LocalDate.of(2020, 9, 1));
    private static final ImprovementSubsidyStepRecordedEvent PAID = figures(KIND, PAYMENT_APPLICATION_DECIDED, true,
            1_500_000, 1_000_000, 1_000_000, LocalDate.of(2020, 9, 20));

    // opening

    @Test
    void usageApplicationOpensTheFileForARegisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, COMPANY, KIND, null, null,
                        DAY_1))
                .expectEvents(RECEIVED)
                .expectResultMessagePayload(new CommandResult("subsidy-1", 0));
    }

    @Test
    void cannotOpenFileForUnregisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, CompanyId.of("x"), KIND,
                        null, null, DAY_1))
                .expectNoEvents()
                .expectException(violationOf("companyId"))
                .expectExceptionMessage("Company x is not registered.");
    }

    @Test
    void cannotOpenFileWithoutCompanyKindOrDate() {
        fixture.givenNoPriorActivity()
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, null, KIND, null, null, DAY_1))
                .expectException(violationOf("companyId"));
        fixture.givenNoPriorActivity()
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, COMPANY, null, null, null,
                        DAY_1))
                .expectException(violationOf("kind"));
        fixture.givenNoPriorActivity()
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, COMPANY, KIND, null, null,
                        null))
                .expectException(violationOf("on"));
    }

    @Test
    void laterStepWithoutAFileIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(step(USAGE_APPLICATION_DECIDED, true, DAY_1))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void cannotReceiveTheUsageApplicationTwice() {
        fixture.given(RECEIVED)
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, COMPANY, KIND, null, null,
                        DAY_1))
                .expectNoEvents()
                .expectException(violationOf("step"))
                .expectExceptionMessage("The next step of this file is 利用申請決定 (USAGE_APPLICATION_DECIDED), not "
                        + "利用申請受付 (USAGE_APPLICATION_RECEIVED); steps are recorded in order.");
    }

    // the steps in order

    @Test
    void decidesTheUsageApplication() {
        fixture.given(RECEIVED)
                .when(step(USAGE_APPLICATION_DECIDED, true, DAY_1))
                .expectEvents(APPROVED)
                .expectResultMessagePayload(new CommandResult("subsidy-1", 1));
    }

    @Test
    void cannotSkipTheUsageDecision() {
        fixture.given(RECEIVED)
                .when(payment(1_500_000, day(10)))
                .expectNoEvents()
                .expectException(violationOf("step"));
    }

    @Test
    void refusedUsageApplicationEndsTheFile() {
        fixture.given(RECEIVED, recorded(USAGE_APPLICATION_DECIDED, false, day(5)))
                .when(payment(1_500_000, day(10)))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("This subsidy file ended when its 利用申請決定 (USAGE_APPLICATION_DECIDED) "
                        + "refused the application on 2020-05-05; no further step can be recorded.");
    }

    @Test
    void paymentApplicationComputesTwoThirdsUnderTheCap() {
        fixture.given(RECEIVED, APPROVED)
                .when(payment(1_500_000, LocalDate.of(2020, 9, 1)))
                .expectEvents(PAYMENT);
    }

    @Test
    void paymentApplicationRoundsTwoThirdsDownToTheYen() {
        fixture.given(RECEIVED, APPROVED)
                .when(payment(100_000, day(2)))
                .expectEvents(figures(KIND, PAYMENT_APPLICATION_RECEIVED, null, 100_000, 66_666, 66_666, day(2)));
    }

    @Test
    void paymentApplicationIsCappedByTheKind() {
        fixture.given(RECEIVED, APPROVED)
                .when(payment(4_500_000, day(2)))
                .expectEvents(figures(KIND, PAYMENT_APPLICATION_RECEIVED, null, 4_500_000, 3_000_000, 2_000_000, day(2)));
        ImprovementSubsidyKind early = ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN;
        fixture.given(recorded(early, USAGE_APPLICATION_RECEIVED, null, DAY_1),
                        recorded(early, USAGE_APPLICATION_DECIDED, true, DAY_1))
                .when(payment(450_000, day(2)))
                .expectEvents(figures(early, PAYMENT_APPLICATION_RECEIVED, null, 450_000, 300_000, 200_000, day(2)));
    }

    @Test
    void cannotApplyForPaymentWithoutAPositiveCost() {
        fixture.given(RECEIVED, APPROVED)
                .when(payment(0, day(2)))
                .expectNoEvents()
                .expectException(violationOf("cost"));
        fixture.given(RECEIVED, APPROVED)
                .when(step(PAYMENT_APPLICATION_RECEIVED, null, day(2)))
                .expectNoEvents()
                .expectException(violationOf("cost"));
    }

    @Test
    void paymentDecisionCarriesTheApplicationsFigures() {
        fixture.given(RECEIVED, APPROVED, PAYMENT)
                .when(step(PAYMENT_APPLICATION_DECIDED, true, LocalDate.of(2020, 9, 20)))
                .expectEvents(PAID);
    }

    @Test
    void refusedPaymentEndsTheFile() {
        fixture.given(RECEIVED, APPROVED, PAYMENT, figures(KIND, PAYMENT_APPLICATION_DECIDED, false, 1_500_000,
                        1_000_000, 1_000_000, LocalDate.of(2020, 9, 20)))
                .when(step(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2021, 3, 1)))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    @Test
    void monitoringReportsAlternateAnyNumberOfTimes() {
        fixture.given(RECEIVED, APPROVED, PAYMENT, PAID)
                .when(step(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2021, 3, 1)))
                .expectEvents(recorded(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2021, 3, 1)));
        fixture.given(RECEIVED, APPROVED, PAYMENT, PAID,
                        recorded(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2021, 3, 1)),
                        recorded(MONITORING_REPORT_DECIDED, false, LocalDate.of(2021, 3, 10)))
                .when(step(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2022, 3, 1)))
                .expectEvents(recorded(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2022, 3, 1)))
                .expectResultMessagePayload(new CommandResult("subsidy-1", 6));
    }

    @Test
    void cannotDecideAMonitoringReportNotReceived() {
        fixture.given(RECEIVED, APPROVED, PAYMENT, PAID,
                        recorded(MONITORING_REPORT_RECEIVED, null, LocalDate.of(2021, 3, 1)),
                        recorded(MONITORING_REPORT_DECIDED, true, LocalDate.of(2021, 3, 10)))
                .when(step(MONITORING_REPORT_DECIDED, true, LocalDate.of(2021, 3, 11)))
                .expectNoEvents()
                .expectException(violationOf("step"));
    }

    @Test
    void cannotDateAStepBeforeThePreviousOne() {
        fixture.given(RECEIVED, APPROVED, PAYMENT)
                .when(step(PAYMENT_APPLICATION_DECIDED, true, LocalDate.of(2020, 8, 31)))
                .expectNoEvents()
                .expectException(violationOf("on"))
                .expectExceptionMessage("The 支払申請決定 cannot be dated before the previous step, 支払申請受付 on "
                        + "2020-09-01.");
    }

    @Test
    void decisionsNeedTheirOutcomeAndReceiptsHaveNone() {
        fixture.given(RECEIVED)
                .when(step(USAGE_APPLICATION_DECIDED, null, DAY_1))
                .expectNoEvents()
                .expectException(violationOf("approved"));
        fixture.given(RECEIVED, APPROVED, PAYMENT, PAID)
                .when(step(MONITORING_REPORT_RECEIVED, true, LocalDate.of(2021, 3, 1)))
                .expectNoEvents()
                .expectException(violationOf("approved"));
    }

    @Test
    void costIsTakenWithThePaymentApplicationOnly() {
        fixture.given(RECEIVED)
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_DECIDED, null, null, Yen.of(1),
                        true, DAY_1))
                .expectNoEvents()
                .expectException(violationOf("cost"));
    }

    @Test
    void cannotMoveTheFileToAnotherCompanyOrKind() {
        fixture.given(RECEIVED)
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_DECIDED, CompanyId.of("company-2"),
                        null, null, true, DAY_1))
                .expectNoEvents()
                .expectException(violationOf("companyId"));
        fixture.given(RECEIVED)
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_DECIDED, COMPANY,
                        ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, null, true, DAY_1))
                .expectNoEvents()
                .expectException(violationOf("kind"));
    }

    /**
     * Creating if missing must never append to another kind's stream: Axon refuses to load a stream none of whose
     * events sets the file's id (the failure interceptor answers "not found").
     */
    @Test
    void usageApplicationUnderAnIdOfAnotherKindIsRefused() {
        fixture.given(new CreditorAddedEvent(RestructuringCaseId.of("subsidy-1"), "横浜銀行", CreditorKind.BANK))
                .when(new RecordImprovementSubsidyStepCommand(FILE, USAGE_APPLICATION_RECEIVED, COMPANY, KIND, null, null,
                        DAY_1))
                .expectNoEvents()
                .expectException(IncompatibleAggregateException.class);
    }
}
