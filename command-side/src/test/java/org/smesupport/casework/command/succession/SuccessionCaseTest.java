package org.smesupport.casework.command.succession;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.command.company.CompanyRegistry;

class SuccessionCaseTest {

    private static final SuccessionCaseId CASE = SuccessionCaseId.of("succession-1");
    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final LocalDate OPENED_ON = LocalDate.of(2020, 6, 1);
    private static final SuccessionCaseOpenedEvent OPENED =
            new SuccessionCaseOpenedEvent(CASE, COMPANY, SuccessionSide.SELLER, OPENED_ON, true);

    private FixtureConfiguration<SuccessionCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SuccessionCase.class);
        fixture.registerInjectableResource((CompanyRegistry) COMPANY::equals);
    }

    @Test
    void opensCaseOnItsSideForRegisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenSuccessionCaseCommand(CASE, COMPANY, SuccessionSide.SELLER, OPENED_ON, null))
                .expectEvents(OPENED);
    }

    @Test
    void cannotOpenCaseForUnregisteredCompany() {
        fixture.givenNoPriorActivity()
                .when(new OpenSuccessionCaseCommand(CASE, CompanyId.of("company-x"), SuccessionSide.BUYER, OPENED_ON, null))
                .expectNoEvents()
                .expectException(violationOf("companyId"))
                .expectExceptionMessage("Company company-x is not registered.");
    }

    @Test
    void cannotOpenCaseWithoutSideCompanyOrDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenSuccessionCaseCommand(CASE, COMPANY, null, OPENED_ON, null))
                .expectException(violationOf("side"));
        fixture.givenNoPriorActivity()
                .when(new OpenSuccessionCaseCommand(CASE, null, SuccessionSide.CLOSURE, OPENED_ON, null))
                .expectException(violationOf("companyId"));
        fixture.givenNoPriorActivity()
                .when(new OpenSuccessionCaseCommand(CASE, COMPANY, SuccessionSide.CLOSURE, null, null))
                .expectException(violationOf("openedOn"));
    }

    @Test
    void recordsDiagnosisOnTheOpeningDayAndReturnsVersionOne() {
        fixture.given(OPENED)
                .when(new RecordSuccessionDiagnosisCommand(CASE, OPENED_ON))
                .expectEvents(new SuccessionDiagnosedEvent(CASE, OPENED_ON))
                .expectResultMessagePayload(new CommandResult("succession-1", 1));
    }

    @Test
    void recordsAnotherDiagnosisLater() {
        fixture.given(OPENED, new SuccessionDiagnosedEvent(CASE, OPENED_ON))
                .when(new RecordSuccessionDiagnosisCommand(CASE, OPENED_ON.plusYears(1)))
                .expectEvents(new SuccessionDiagnosedEvent(CASE, OPENED_ON.plusYears(1)));
    }

    @Test
    void cannotRecordTheSameDiagnosisTwice() {
        fixture.given(OPENED, new SuccessionDiagnosedEvent(CASE, OPENED_ON))
                .when(new RecordSuccessionDiagnosisCommand(CASE, OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("diagnosedOn"))
                .expectExceptionMessage("A diagnosis on 2020-06-01 is already recorded for this case.");
    }

    @Test
    void cannotDiagnoseBeforeOpeningOrWithoutDate() {
        fixture.given(OPENED)
                .when(new RecordSuccessionDiagnosisCommand(CASE, OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("diagnosedOn"))
                .expectExceptionMessage("A diagnosis cannot be made before the case was opened on 2020-06-01.");
        fixture.given(OPENED)
                .when(new RecordSuccessionDiagnosisCommand(CASE, null))
                .expectException(violationOf("diagnosedOn"));
    }

    @Test
    void recordsPlansEachOnItsDay() {
        fixture.given(OPENED, new SuccessionPlanRecordedEvent(CASE, OPENED_ON.plusMonths(2)))
                .when(new RecordSuccessionPlanCommand(CASE, OPENED_ON.plusMonths(14)))
                .expectEvents(new SuccessionPlanRecordedEvent(CASE, OPENED_ON.plusMonths(14)))
                .expectResultMessagePayload(new CommandResult("succession-1", 2));
    }

    @Test
    void cannotRecordPlanBeforeOpeningTwiceOnADayOrWithoutDate() {
        fixture.given(OPENED)
                .when(new RecordSuccessionPlanCommand(CASE, OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf("plannedOn"));
        fixture.given(OPENED, new SuccessionPlanRecordedEvent(CASE, OPENED_ON))
                .when(new RecordSuccessionPlanCommand(CASE, OPENED_ON))
                .expectNoEvents()
                .expectException(violationOf("plannedOn"));
        fixture.given(OPENED)
                .when(new RecordSuccessionPlanCommand(CASE, null))
                .expectException(violationOf("plannedOn"));
    }
}
