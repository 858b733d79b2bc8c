package org.smesupport.casework.command.fiscalyear;

import static org.smesupport.casework.command.common.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.FiscalYearClosedEvent;
import org.smesupport.casework.api.fiscalyear.FiscalYearReopenedEvent;
import org.smesupport.casework.api.fiscalyear.ReopenFiscalYearCommand;

class FiscalYearLedgerTest {

    private static final String LEDGER = CloseFiscalYearCommand.LEDGER_ID;
    private static final LocalDate MAY_2021 = LocalDate.of(2021, 5, 10);

    private FixtureConfiguration<FiscalYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FiscalYearLedger.class);
    }

    @Test
    void anEndedYearIsClosedWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new CloseFiscalYearCommand(LEDGER, 2020, "決算承認", MAY_2021))
                .expectEvents(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021, "決算承認"))
                .expectResultMessagePayload(new CommandResult(LEDGER, 0));
    }

    @Test
    void aYearIsClosedOnlyOnceItsLastDayIsClosed() {
        fixture.givenNoPriorActivity()
                .when(new CloseFiscalYearCommand(LEDGER, 2020, "決算承認", LocalDate.of(2021, 3, 31)))
                .expectNoEvents()
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage("2020 (R02) ends on 2021-03-31 and can be closed once the close of business has "
                        + "closed that day; the business date is 2021-03-31.");
    }

    @Test
    void aClosedYearIsNotClosedAgainAndEveryChangeNeedsAReason() {
        fixture.given(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021, "決算承認"))
                .when(new CloseFiscalYearCommand(LEDGER, 2020, "again", MAY_2021))
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage("2020 (R02) is closed already.");
        fixture.givenNoPriorActivity()
                .when(new CloseFiscalYearCommand(LEDGER, 2020, " ", MAY_2021))
                .expectException(violationOf("reason"));
        fixture.given(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021, "決算承認"))
                .when(new ReopenFiscalYearCommand(LEDGER, 2020, null, MAY_2021))
                .expectException(violationOf("reason"));
    }

    @Test
    void onlyAClosedYearIsReopenedAndThenClosedAgain() {
        fixture.givenNoPriorActivity()
                .when(new ReopenFiscalYearCommand(LEDGER, 2020, "誤り訂正", MAY_2021))
                .expectException(violationOf("fiscalYear"))
                .expectExceptionMessage("2020 (R02) is not closed.");
        fixture.given(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021, "決算承認"))
                .when(new ReopenFiscalYearCommand(LEDGER, 2020, "補助金の計上漏れ", MAY_2021.plusDays(3)))
                .expectEvents(new FiscalYearReopenedEvent(LEDGER, 2020, MAY_2021.plusDays(3), "補助金の計上漏れ"));
        fixture.given(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021, "決算承認"),
                        new FiscalYearReopenedEvent(LEDGER, 2020, MAY_2021.plusDays(3), "補助金の計上漏れ"))
                .when(new CloseFiscalYearCommand(LEDGER, 2020, "再承認", MAY_2021.plusDays(5)))
                .expectEvents(new FiscalYearClosedEvent(LEDGER, 2020, MAY_2021.plusDays(5), "再承認"));
    }

    @Test
    void aYearOutsideTheYearsKeptIsARuleViolation() {
        fixture.givenNoPriorActivity()
                .when(new CloseFiscalYearCommand(LEDGER, 1850, "typo", MAY_2021))
                .expectException(violationOf("fiscalYear"));
    }
}
