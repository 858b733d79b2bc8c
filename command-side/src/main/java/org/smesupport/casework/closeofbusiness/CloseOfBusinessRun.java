package org.smesupport.casework.closeofbusiness;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.lease.CloseOfBusinessCompletedEvent;
import org.smesupport.casework.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.lease.LeaseContractId;
import org.smesupport.casework.lease.LeaseContractIds;
import org.smesupport.casework.lease.MarkLeaseArrearsCommand;
import org.springframework.stereotype.Service;

/**
 * The close-of-business run for a business date (like a core-banking COB): asks for the contracts with
 * an instalment due on or before the date less the grace days, sends each a {@link MarkLeaseArrearsCommand}
 * (the contract decides what is newly in arrears), then records the date as closed. Every step is
 * idempotent, so a date may be run again, and after a restart the run catches up from the last closed
 * date, which the ledger's events remember.
 */
@Service
public class CloseOfBusinessRun {

    private static final Map<String, String> SYSTEM = Map.of("user", "close-of-business", "role", "SYSTEM");

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final EventStore eventStore;
    private final CloseOfBusinessProperties properties;

    CloseOfBusinessRun(CommandGateway commandGateway, QueryGateway queryGateway, EventStore eventStore,
                       CloseOfBusinessProperties properties) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.eventStore = eventStore;
        this.properties = properties;
    }

    public CloseOfBusinessSummary runFor(LocalDate businessDate) {
        int graceDays = properties.graceDays();
        // due date + grace < business date  ⇔  due date ≤ business date − grace − 1
        LeaseContractIds candidates = queryGateway.query(
                new FindContractsDueForArrearsQuery(businessDate.minusDays(graceDays + 1L)),
                ResponseTypes.instanceOf(LeaseContractIds.class)).join();
        int withNewArrears = 0;
        for (LeaseContractId contract : candidates.ids()) {
            long before = lastSequence(contract.value());
            send(new MarkLeaseArrearsCommand(contract, businessDate, graceDays), businessDate);
            if (lastSequence(contract.value()) != before) {
                withNewArrears++;
            }
        }
        send(new CompleteCloseOfBusinessCommand(CompleteCloseOfBusinessCommand.LEDGER_ID, businessDate,
                candidates.ids().size(), withNewArrears), businessDate);
        return new CloseOfBusinessSummary(businessDate, candidates.ids().size(), withNewArrears);
    }

    /** Runs every business date after the last closed one up to and including {@code upTo}. */
    public void catchUp(LocalDate upTo) {
        LocalDate next = lastClosedDate().map(date -> date.plusDays(1)).orElse(upTo);
        for (LocalDate date = next; !date.isAfter(upTo); date = date.plusDays(1)) {
            runFor(date);
        }
    }

    /** The latest business date ever closed (a re-run of an older date does not move it back). */
    public Optional<LocalDate> lastClosedDate() {
        if (eventStore.lastSequenceNumberFor(CompleteCloseOfBusinessCommand.LEDGER_ID).isEmpty()) {
            return Optional.empty();
        }
        return eventStore.readEvents(CompleteCloseOfBusinessCommand.LEDGER_ID).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(CloseOfBusinessCompletedEvent.class::isInstance)
                .map(payload -> ((CloseOfBusinessCompletedEvent) payload).businessDate())
                .max(LocalDate::compareTo);
    }

    private long lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    private void send(Object command, LocalDate businessDate) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(SYSTEM).andMetaData(Map.of("businessDate", businessDate.toString())));
    }
}
