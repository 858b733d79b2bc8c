package org.smesupport.casework.command.consultation;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.CloseConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseAssignedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseReopenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.api.consultation.RecordExpertDispatchCommand;
import org.smesupport.casework.api.consultation.ReopenConsultationCaseCommand;
import org.smesupport.casework.command.company.CompanyRegistry;

class ConsultationCaseTest {

    private static final ConsultationCaseId CASE = ConsultationCaseId.of("case-1");
    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final LocalDate OPENED_ON = LocalDate.of(2020, 6, 1);
    private static final ConsultationCaseOpenedEvent OPENED =
            new ConsultationCaseOpenedEvent(CASE, COMPANY, Desk.ONE_STOP, "資金繰りの相談", OPENED_ON);
    private static final ConsultationCaseOpenedEvent OPENED_AT_SUBCONTRACTING_DESK =
            new ConsultationCaseOpenedEvent(CASE, COMPANY, Desk.SUBCONTRACTING, "代金の減額", OPENED_ON);

    private FixtureConfiguration<ConsultationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConsultationCase.class);
        fixture.registerInjectableResource((CompanyRegistry) COMPANY::equals);
    }

    private static ConsultationSessionRecordedEvent session(int number, Desk desk, LocalDate heldOn) {
        return new ConsultationSessionRecordedEvent(CASE, number, desk, heldOn, ConsultationCategory.FINANCING, "山田",
                60, "資金繰り表を確認", false);
    }

    private static RecordConsultationSessionCommand recordSession(LocalDate heldOn) {
        return new RecordConsultationSessionCommand(CASE, heldOn, ConsultationCategory.FINANCING, "山田", 60,
                "資金繰り表を確認", false, null);
    }

    private static ConsultationCaseClosedEvent closed(LocalDate closedOn) {
        return new ConsultationCaseClosedEvent(CASE, closedOn, CaseOutcome.RESOLVED, "解決");
    }

    // opening

    @Test
    void opensCaseForRegisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenConsultationCaseCommand(CASE, COMPANY, Desk.ONE_STOP, "資金繰りの相談", OPENED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void cannotOpenCaseForUnregisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenConsultationCaseCommand(CASE, CompanyId.of("company-x"), Desk.ONE_STOP, "相談", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("companyId"))
                .expectExceptionMessage("Company company-x is not registered.");
    }

    @Test
    void cannotOpenCaseWithoutDesk() {
        fixture.givenNoPriorActivity()
                .when(new OpenConsultationCaseCommand(CASE, COMPANY, null, "相談", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("desk"));
    }

    @Test
    void cannotOpenCaseWithBlankSubject() {
        fixture.givenNoPriorActivity()
                .when(new OpenConsultationCaseCommand(CASE, COMPANY, Desk.ONE_STOP, " ", OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("subject"));
    }

    @Test
    void cannotOpenCaseWithoutOpeningDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenConsultationCaseCommand(CASE, COMPANY, Desk.ONE_STOP, "相談", null))
                .expectNoEvents()
                .expectException(violationOf("openedOn"));
    }

    // assigning

    @Test
    void assignsCaseworkerAndReturnsVersionOne() {
        fixture.given(OPENED)
                .when(new AssignConsultationCaseCommand(CASE, "佐藤", OPENED_ON, null))
                .expectEvents(new ConsultationCaseAssignedEvent(CASE, "佐藤", null, OPENED_ON))
                .expectResultMessagePayload(new CommandResult("case-1", 1));
    }

    @Test
    void cannotAssignWithoutADateOrBeforeTheCaseWasOpened() {
        fixture.given(OPENED)
                .when(new AssignConsultationCaseCommand(CASE, "佐藤", null, null))
                .expectNoEvents()
                .expectException(violationOf("assignedOn"));
        fixture.given(OPENED)
                .when(new AssignConsultationCaseCommand(CASE, "佐藤", OPENED_ON.minusDays(1), null))
                .expectNoEvents()
                .expectException(violationOf("assignedOn"))
                .expectExceptionMessage("A case cannot be assigned before it was opened on 2020-06-01.");
    }

    @Test
    void reassignsToAnotherCaseworkerNamingThePreviousOne() {
        fixture.given(OPENED, new ConsultationCaseAssignedEvent(CASE, "佐藤", null, OPENED_ON))
                .when(new AssignConsultationCaseCommand(CASE, "鈴木", OPENED_ON, 1L))
                .expectEvents(new ConsultationCaseAssignedEvent(CASE, "鈴木", "佐藤", OPENED_ON))
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void cannotReassignToTheSameCaseworker() {
        fixture.given(OPENED, new ConsultationCaseAssignedEvent(CASE, "佐藤", null, OPENED_ON))
                .when(new AssignConsultationCaseCommand(CASE, "佐藤", OPENED_ON, null))
                .expectNoEvents()
                .expectException(violationOf("caseworker"))
                .expectExceptionMessage("The case is already assigned to 佐藤.");
    }

    @Test
    void cannotAssignBlankCaseworker() {
        fixture.given(OPENED)
                .when(new AssignConsultationCaseCommand(CASE, "", OPENED_ON, null))
                .expectNoEvents()
                .expectException(violationOf("caseworker"));
    }

    // sessions

    @Test
    void recordsFirstSessionAsNumberOneWithTheCasesDesk() {
        fixture.given(OPENED)
                .when(recordSession(OPENED_ON))
                .expectEvents(session(1, Desk.ONE_STOP, OPENED_ON))
                .expectResultMessagePayload(new CommandResult("case-1", 1));
    }

    @Test
    void numbersSessionsInTheOrderTheyAreRecorded() {
        fixture.given(OPENED, session(1, Desk.ONE_STOP, OPENED_ON),
                        new ExpertDispatchRecordedEvent(CASE, 1, Desk.ONE_STOP, OPENED_ON,
                                ExpertDispatchKind.MANAGEMENT_ADVISOR, "中小企業診断士 田中", null))
                .when(recordSession(OPENED_ON.plusDays(7)))
                .expectEvents(session(2, Desk.ONE_STOP, OPENED_ON.plusDays(7)))
                .expectResultMessagePayload(new CommandResult("case-1", 3));
    }

    @Test
    void cannotRecordSessionBeforeTheCaseWasOpened() {
        fixture.given(OPENED)
                .when(recordSession(OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("heldOn"));
    }

    @Test
    void cannotRecordSessionWithoutDate() {
        fixture.given(OPENED)
                .when(recordSession(null))
                .expectNoEvents()
                .expectException(violationOf("heldOn"));
    }

    @Test
    void cannotRecordSessionOnClosedCase() {
        fixture.given(OPENED, closed(OPENED_ON))
                .when(recordSession(OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf(null))
                .expectExceptionMessage("The case was closed on 2020-06-01; reopen it to record a session.");
    }

    @Test
    void cannotRecordSessionWithoutCategory() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, null, "山田", 60, null, false, null))
                .expectNoEvents()
                .expectException(violationOf("category"));
    }

    @Test
    void cannotRecordSessionWithBlankCounsellor() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, " ", 60, null,
                        false, null))
                .expectNoEvents()
                .expectException(violationOf("counsellor"));
    }

    @Test
    void cannotRecordSessionOfZeroMinutes() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, "山田", 0, null,
                        false, null))
                .expectNoEvents()
                .expectException(violationOf("durationMinutes"));
    }

    @Test
    void cannotRecordSessionLongerThanADay() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, "山田", 1441, null,
                        false, null))
                .expectNoEvents()
                .expectException(violationOf("durationMinutes"));
    }

    @Test
    void recordsSessionOfAFullDay() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, "山田", 1440, null,
                        false, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordLawyerConsultationAtOneStopDesk() {
        fixture.given(OPENED)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, "弁護士 高橋", 60,
                        null, true, null))
                .expectNoEvents()
                .expectException(violationOf("lawyerConsultation"));
    }

    @Test
    void recordsLawyerConsultationAtSubcontractingDesk() {
        fixture.given(OPENED_AT_SUBCONTRACTING_DESK)
                .when(new RecordConsultationSessionCommand(CASE, OPENED_ON, ConsultationCategory.LEGAL, "弁護士 高橋", 60,
                        null, true, null))
                .expectEvents(new ConsultationSessionRecordedEvent(CASE, 1, Desk.SUBCONTRACTING, OPENED_ON,
                        ConsultationCategory.LEGAL, "弁護士 高橋", 60, null, true));
    }

    // expert dispatches

    @Test
    void recordsExpertDispatchNumberedSeparatelyFromSessions() {
        fixture.given(OPENED, session(1, Desk.ONE_STOP, OPENED_ON))
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON.plusDays(3), ExpertDispatchKind.MIBYO_IMPROVEMENT,
                        "社会保険労務士 伊藤", "就業規則の見直し", 1L))
                .expectEvents(new ExpertDispatchRecordedEvent(CASE, 1, Desk.ONE_STOP, OPENED_ON.plusDays(3),
                        ExpertDispatchKind.MIBYO_IMPROVEMENT, "社会保険労務士 伊藤", "就業規則の見直し"))
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void cannotDispatchExpertBeforeTheCaseWasOpened() {
        fixture.given(OPENED)
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON.minusDays(1), ExpertDispatchKind.MANAGEMENT_ADVISOR,
                        "田中", null, null))
                .expectNoEvents()
                .expectException(violationOf("dispatchedOn"));
    }

    @Test
    void cannotDispatchExpertToClosedCase() {
        fixture.given(OPENED, closed(OPENED_ON))
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON, ExpertDispatchKind.MANAGEMENT_ADVISOR, "田中", null,
                        null))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    @Test
    void cannotDispatchExpertWithoutKind() {
        fixture.given(OPENED)
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON, null, "田中", null, null))
                .expectNoEvents()
                .expectException(violationOf("kind"));
    }

    @Test
    void cannotDispatchBlankExpert() {
        fixture.given(OPENED)
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON, ExpertDispatchKind.MANAGEMENT_ADVISOR, null, null,
                        null))
                .expectNoEvents()
                .expectException(violationOf("expert"));
    }

    // closing

    @Test
    void closesOpenCase() {
        fixture.given(OPENED, session(1, Desk.ONE_STOP, OPENED_ON.plusDays(5)))
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON.plusDays(5), CaseOutcome.RESOLVED, "解決", null))
                .expectEvents(new ConsultationCaseClosedEvent(CASE, OPENED_ON.plusDays(5), CaseOutcome.RESOLVED, "解決"))
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void cannotCloseBeforeTheCaseWasOpened() {
        fixture.given(OPENED)
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON.minusDays(1), CaseOutcome.RESOLVED, null, null))
                .expectNoEvents()
                .expectException(violationOf("closedOn"));
    }

    @Test
    void cannotCloseBeforeTheLastSession() {
        fixture.given(OPENED, session(1, Desk.ONE_STOP, OPENED_ON.plusDays(10)), session(2, Desk.ONE_STOP, OPENED_ON))
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON.plusDays(9), CaseOutcome.RESOLVED, null, null))
                .expectNoEvents()
                .expectException(violationOf("closedOn"))
                .expectExceptionMessage("The case cannot close before its last session or dispatch on 2020-06-11.");
    }

    @Test
    void cannotCloseBeforeTheLastExpertDispatch() {
        fixture.given(OPENED, new ExpertDispatchRecordedEvent(CASE, 1, Desk.ONE_STOP, OPENED_ON.plusDays(10),
                        ExpertDispatchKind.MANAGEMENT_ADVISOR, "田中", null))
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON.plusDays(9), CaseOutcome.RESOLVED, null, null))
                .expectNoEvents()
                .expectException(violationOf("closedOn"));
    }

    @Test
    void cannotCloseWithoutOutcome() {
        fixture.given(OPENED)
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON, null, null, null))
                .expectNoEvents()
                .expectException(violationOf("outcome"));
    }

    @Test
    void cannotCloseClosedCase() {
        fixture.given(OPENED, closed(OPENED_ON))
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON, CaseOutcome.RESOLVED, null, null))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    // reopening

    @Test
    void reopensClosedCase() {
        fixture.given(OPENED, closed(OPENED_ON.plusDays(1)))
                .when(new ReopenConsultationCaseCommand(CASE, OPENED_ON.plusDays(1), "追加の相談", 1L))
                .expectEvents(new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(1), "追加の相談"))
                .expectResultMessagePayload(new CommandResult("case-1", 2));
    }

    @Test
    void cannotReopenOpenCase() {
        fixture.given(OPENED)
                .when(new ReopenConsultationCaseCommand(CASE, OPENED_ON, "追加の相談", null))
                .expectNoEvents()
                .expectException(violationOf(null));
    }

    @Test
    void cannotReopenBeforeTheCaseWasClosed() {
        fixture.given(OPENED, closed(OPENED_ON.plusDays(5)))
                .when(new ReopenConsultationCaseCommand(CASE, OPENED_ON.plusDays(4), "追加の相談", null))
                .expectNoEvents()
                .expectException(violationOf("reopenedOn"));
    }

    @Test
    void cannotReopenWithoutReason() {
        fixture.given(OPENED, closed(OPENED_ON))
                .when(new ReopenConsultationCaseCommand(CASE, OPENED_ON, " ", null))
                .expectNoEvents()
                .expectException(violationOf("reason"));
    }

    @Test
    void reopenedCaseContinuesNumberingSessions() {
        fixture.given(OPENED, session(1, Desk.ONE_STOP, OPENED_ON), closed(OPENED_ON),
                        new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(recordSession(OPENED_ON.plusDays(30)))
                .expectEvents(session(2, Desk.ONE_STOP, OPENED_ON.plusDays(30)))
                .expectResultMessagePayload(new CommandResult("case-1", 4));
    }

    @Test
    void noSessionOrDispatchCanBeDatedWhileTheCaseWasClosed() {
        fixture.given(OPENED, closed(OPENED_ON.plusDays(10)),
                        new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(recordSession(OPENED_ON.plusDays(20)))
                .expectNoEvents()
                .expectException(violationOf("heldOn"))
                .expectExceptionMessage("A session cannot be dated 2020-06-21: the case was closed on 2020-06-11 "
                        + "and reopened on 2020-07-01.");
        fixture.given(OPENED, closed(OPENED_ON.plusDays(10)),
                        new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(new RecordExpertDispatchCommand(CASE, OPENED_ON.plusDays(29), ExpertDispatchKind.values()[0],
                        "田中", null, null))
                .expectNoEvents()
                .expectException(violationOf("dispatchedOn"));
    }

    @Test
    void aReopenedCaseTakesSessionsDatedWhileItWasOpen() {
        fixture.given(OPENED, closed(OPENED_ON.plusDays(10)),
                        new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(recordSession(OPENED_ON.plusDays(10)))
                .expectEvents(session(1, Desk.ONE_STOP, OPENED_ON.plusDays(10)));
        fixture.given(OPENED, closed(OPENED_ON.plusDays(10)),
                        new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(recordSession(OPENED_ON.plusDays(2)))
                .expectEvents(session(1, Desk.ONE_STOP, OPENED_ON.plusDays(2)));
    }

    @Test
    void cannotCloseReopenedCaseBeforeItWasReopened() {
        fixture.given(OPENED, closed(OPENED_ON), new ConsultationCaseReopenedEvent(CASE, OPENED_ON.plusDays(30), "再相談"))
                .when(new CloseConsultationCaseCommand(CASE, OPENED_ON.plusDays(29), CaseOutcome.RESOLVED, null, null))
                .expectNoEvents()
                .expectException(violationOf("closedOn"));
    }

    // versions

    @Test
    void cannotChangeCaseFromAnOutdatedVersion() {
        fixture.given(OPENED, new ConsultationCaseAssignedEvent(CASE, "佐藤", null, OPENED_ON))
                .when(new AssignConsultationCaseCommand(CASE, "鈴木", OPENED_ON, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }
}
