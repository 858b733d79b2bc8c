package org.smesupport.casework.command.fiscalyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.FiscalYearClosedEvent;
import org.smesupport.casework.api.fiscalyear.FiscalYearReopenedEvent;
import org.smesupport.casework.command.common.BusinessRuleViolation;

class ClosedFiscalYearRuleTest {

    private static final String LEDGER = CloseFiscalYearCommand.LEDGER_ID;

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final FiscalYearClosures closures = new FiscalYearClosures(eventStore);
    private final ClosedFiscalYearRule rule = new ClosedFiscalYearRule(closures);
    private long sequence;

    record Session(@CountsInFiscalYear LocalDate heldOn) {
    }

    record Subsidy(@CountsInFiscalYear int fiscalYear, @CountsInFiscalYear LocalDate grantedOn) {
    }

    @Test
    void anEntryDatedInAClosedYearIsRefusedNamingTheFieldAndTheWayOut() throws Exception {
        store(new FiscalYearClosedEvent(LEDGER, 2020, LocalDate.of(2021, 5, 10), "決算承認"), "supervisor");

        assertThatThrownBy(() -> handle(new Session(LocalDate.of(2021, 3, 31))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("heldOn 2021-03-31 falls in 2020 (R02), which was closed on 2021-05-10: its figures are "
                        + "final. Record the correction in an open year, or ask an administrator to reopen 2020 (R02) "
                        + "with a reason.");
        assertThat(handle(new Session(LocalDate.of(2021, 4, 1)))).isEqualTo("handled");
        assertThatThrownBy(() -> handle(new Subsidy(2020, LocalDate.of(2021, 6, 1))))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(failure -> ((BusinessRuleViolation) failure).field()).isEqualTo("fiscalYear");
        assertThat(closures.closureOf(FiscalYear.of(2020)).orElseThrow().closedBy()).isEqualTo("supervisor");
    }

    @Test
    void aReopenedYearTakesEntriesAgain() throws Exception {
        store(new FiscalYearClosedEvent(LEDGER, 2020, LocalDate.of(2021, 5, 10), "決算承認"), "supervisor");
        assertThatThrownBy(() -> handle(new Session(LocalDate.of(2020, 6, 1)))).isInstanceOf(BusinessRuleViolation.class);

        store(new FiscalYearReopenedEvent(LEDGER, 2020, LocalDate.of(2021, 5, 12), "計上漏れ"), "admin");

        assertThat(handle(new Session(LocalDate.of(2020, 6, 1)))).isEqualTo("handled");
        assertThat(closures.closed()).isEmpty();
    }

    private Object handle(Object payload) throws Exception {
        return rule.handle(new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage(payload)), () -> "handled");
    }

    private void store(Object event, String user) {
        eventStore.publish(new GenericDomainEventMessage<>("FiscalYearLedger", LEDGER, sequence++, event,
                MetaData.with("user", user)));
    }
}
