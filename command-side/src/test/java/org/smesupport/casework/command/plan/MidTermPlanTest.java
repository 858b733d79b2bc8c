package org.smesupport.casework.command.plan;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiTargetSetEvent;
import org.smesupport.casework.api.plan.SetKpiTargetCommand;

class MidTermPlanTest {

    private static final String PLAN = "plan-5";

    private FixtureConfiguration<MidTermPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MidTermPlan.class);
    }

    @Test
    void theFirstTargetCreatesThePlan() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, "理事会承認"))
                .expectEvents(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, null, "理事会承認"))
                .expectResultMessagePayload(new CommandResult(PLAN, 0));
    }

    @Test
    void aChangedTargetKeepsThePreviousOne() {
        fixture.given(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, null, "理事会承認"))
                .when(new SetKpiTargetCommand(PLAN, Kpi.CONSULTATIONS, 2020, 19_000, "計画見直し"))
                .expectEvents(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2020, 19_000, 18_500L, "計画見直し"));
    }

    @Test
    void aSettingEqualToTheTargetInForceChangesNothing() {
        fixture.given(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, null, "理事会承認"))
                .when(new SetKpiTargetCommand(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, "再入力"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult(PLAN, 0));
    }

    @Test
    void eachKpiAndYearHasItsOwnTarget() {
        fixture.given(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2020, 18_500, null, "理事会承認"))
                .when(new SetKpiTargetCommand(PLAN, Kpi.CONSULTATIONS, 2021, 18_500, "理事会承認"))
                .expectEvents(new KpiTargetSetEvent(PLAN, Kpi.CONSULTATIONS, 2021, 18_500, null, "理事会承認"));
    }

    @Test
    void aYearOutsideThePlansPeriodIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand(PLAN, Kpi.CONSULTATIONS, 2022, 18_500, "理事会承認"))
                .expectNoEvents()
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage("plan-5 runs from FY2019 to FY2021; FY2022 is not one of its years.");
    }

    @Test
    void aNegativeTargetOrAMissingReasonOrKpiIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand(PLAN, Kpi.FAIR_MEETINGS, 2019, -1, "理事会承認"))
                .expectException(violationOf("target"));
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand(PLAN, Kpi.FAIR_MEETINGS, 2019, 5_800, " "))
                .expectException(violationOf("reason"));
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand(PLAN, null, 2019, 5_800, "理事会承認"))
                .expectException(violationOf("kpi"));
    }

    @Test
    void anIdThatNamesNoPlanIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetKpiTargetCommand("plan-five", Kpi.FAIR_MEETINGS, 2019, 5_800, "理事会承認"))
                .expectException(violationOf("planId"));
    }
}
