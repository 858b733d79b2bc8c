package org.smesupport.casework.command.closeofbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.lease.CloseOfBusinessCompletedEvent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;

class CloseOfBusinessLedgerTest {

    private static final String LEDGER = CompleteCloseOfBusinessCommand.LEDGER_ID;
    private static final LocalDate JULY_31 = LocalDate.of(2020, 7, 31);

    private FixtureConfiguration<CloseOfBusinessLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CloseOfBusinessLedger.class);
    }

    @Test
    void firstCompletedRunCreatesTheLedger() {
        fixture.givenNoPriorActivity()
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31, 120, 3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31, 120, 3))
                .expectResultMessagePayload(new CommandResult(LEDGER, 0));
    }

    @Test
    void recordsTheNextBusinessDate() {
        fixture.given(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31, 120, 3))
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31.plusDays(1), 121, 0))
                .expectEvents(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31.plusDays(1), 121, 0))
                .expectResultMessagePayload(new CommandResult(LEDGER, 1))
                .expectState(ledger -> assertThat(ledger.latestBusinessDate()).isEqualTo(JULY_31.plusDays(1)));
    }

    @Test
    void aClosedDayIsNotClosedAgain() {
        fixture.given(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31, 120, 3))
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31, 120, 0))
                .expectException(violationOf("businessDate"))
                .expectExceptionMessage(
                        "Days are closed one at a time, in order: the last closed day is 2020-07-31, so the next is 2020-08-01, not 2020-07-31.")
                .expectNoEvents();
    }

    @Test
    void noDayIsSkipped() {
        fixture.given(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31, 120, 3))
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31.plusDays(2), 120, 0))
                .expectException(violationOf("businessDate"))
                .expectNoEvents();
    }

    @Test
    void aLedgerWithReRunsFromBeforeDaysWereClosedInOrderGoesOnFromItsLatestDay() {
        fixture.given(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31, 120, 3),
                        new CloseOfBusinessCompletedEvent(LEDGER, JULY_31.minusDays(3), 118, 0))
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31.plusDays(1), 121, 0))
                .expectEvents(new CloseOfBusinessCompletedEvent(LEDGER, JULY_31.plusDays(1), 121, 0))
                .expectState(ledger -> assertThat(ledger.latestBusinessDate()).isEqualTo(JULY_31.plusDays(1)));
    }

    @Test
    void cannotCompleteWithoutBusinessDate() {
        fixture.givenNoPriorActivity()
                .when(new CompleteCloseOfBusinessCommand(LEDGER, null, 0, 0))
                .expectNoEvents()
                .expectException(violationOf("businessDate"));
    }

    @Test
    void cannotCountMoreContractsWithNewArrearsThanExamined() {
        fixture.givenNoPriorActivity()
                .when(new CompleteCloseOfBusinessCommand(LEDGER, JULY_31, 2, 3))
                .expectNoEvents()
                .expectException(violationOf("contractsWithNewArrears"));
    }
}
