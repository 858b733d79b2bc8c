package org.smesupport.casework.closeofbusiness;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.common.ReadModelNotCurrent;
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
 * (the contract decides what is newly in arrears), then records the date as closed. It runs only on a
 * read model that has applied every stored event. Every step is
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

    /** A run by the system (the schedule, the catch-up at start, the demo history): recorded as such. */
    public CloseOfBusinessSummary runFor(LocalDate businessDate) {
        return run(businessDate, SYSTEM);
    }

    /**
     * A run someone asked for: its commands carry that person's user and role (filled in by the audit
     * interceptor from the request), so the record says who closed the day.
     */
    public CloseOfBusinessSummary runRequested(LocalDate businessDate) {
        return run(businessDate, Map.of());
    }

    private CloseOfBusinessSummary run(LocalDate businessDate, Map<String, String> who) {
        int graceDays = properties.graceDays();
        // due date + grace < business date  ⇔  due date ≤ business date − grace − 1
        LeaseContractIds candidates = candidates(businessDate.minusDays(graceDays + 1L));
        int withNewArrears = 0;
        for (LeaseContractId contract : candidates.ids()) {
            long before = lastSequence(contract.value());
            send(new MarkLeaseArrearsCommand(contract, businessDate, graceDays), businessDate, who);
            if (lastSequence(contract.value()) != before) {
                withNewArrears++;
            }
        }
        send(new CompleteCloseOfBusinessCommand(CompleteCloseOfBusinessCommand.LEDGER_ID, businessDate,
                candidates.ids().size(), withNewArrears), businessDate, who);
        return new CloseOfBusinessSummary(businessDate, candidates.ids().size(), withNewArrears);
    }

    /**
     * The contracts with an instalment due on or before the date. The read model refuses while it has not
     * applied every stored event (a rebuild, a lag, parked events); the run waits up to
     * {@code readModelWait} for it, then refuses too, so a day is never closed on part of the contracts.
     */
    private LeaseContractIds candidates(LocalDate dueOnOrBefore) {
        long deadline = System.nanoTime() + properties.readModelWait().toNanos();
        while (true) {
            try {
                return queryGateway.query(new FindContractsDueForArrearsQuery(dueOnOrBefore),
                        ResponseTypes.instanceOf(LeaseContractIds.class)).join();
            } catch (CompletionException | QueryExecutionException e) {
                ReadModelNotCurrent notCurrent = notCurrent(e).orElseThrow(() -> e);
                if (System.nanoTime() > deadline) {
                    throw notCurrent;
                }
                pause();
            }
        }
    }

    private static Optional<ReadModelNotCurrent> notCurrent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReadModelNotCurrent notCurrent) {
                return Optional.of(notCurrent);
            }
        }
        return Optional.empty();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lease read model", e);
        }
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

    private void send(Object command, LocalDate businessDate, Map<String, String> who) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(who).andMetaData(Map.of("businessDate", businessDate.toString())));
    }
}
