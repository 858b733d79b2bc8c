package org.smesupport.casework.command.closeofbusiness;

import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.api.lease.ContractsDueForArrears;
import org.smesupport.casework.api.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.springframework.stereotype.Service;

/**
 * The close of business (like a core-banking COB): closes the days after the last closed one, one at a
 * time and in order, up to a day that has ended. For each day it takes the contracts with an instalment
 * due on or before the day less the grace days, sends each a {@link MarkLeaseArrearsCommand} (the contract
 * decides what is newly in arrears), then records the day in the ledger, which advances the business date.
 * <p>
 * The contracts come from the lease read model, asked only once it has applied every stored event. One
 * answer, with each contract's next due date, serves the days of a catch-up until a day marks a contract
 * (that contract's next due date moves on, so the read model is asked again): a long catch-up costs a
 * question per day with arrears, not per day. One catch-up runs at a time per instance, and the ledger
 * refuses a day recorded twice should two instances race. Every step is idempotent, so a catch-up
 * interrupted by a crash goes on from the last day the ledger recorded.
 */
@Service
public class CloseOfBusinessRun {

    private static final Map<String, String> SYSTEM = Map.of("user", "close-of-business", "role", "SYSTEM");

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final EventStore eventStore;
    private final BusinessCalendar calendar;
    private final CloseOfBusinessProperties properties;

    CloseOfBusinessRun(CommandGateway commandGateway, QueryGateway queryGateway, EventStore eventStore,
                       BusinessCalendar calendar, CloseOfBusinessProperties properties) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.eventStore = eventStore;
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * The system's catch-up (the schedule, the start-up, the demo history): closes every day after the last
     * closed one up to {@code upTo}, recorded as the system's; nothing when they are closed already.
     */
    public CloseOfBusinessCatchUp catchUp(LocalDate upTo) {
        return closeUpTo(upTo, SYSTEM, false);
    }

    /**
     * A catch-up someone asked for: refused when {@code upTo} has not ended yet or is closed already; its
     * commands carry that person's user and role (filled in by the audit interceptor from the request), so
     * the record says who closed the days.
     */
    public CloseOfBusinessCatchUp catchUpRequested(LocalDate upTo) {
        return closeUpTo(upTo, Map.of(), true);
    }

    private synchronized CloseOfBusinessCatchUp closeUpTo(LocalDate upTo, Map<String, String> who,
                                                          boolean refuseWhenClosed) {
        LocalDate latest = calendar.latestClosableDate();
        refuseIf(upTo.isAfter(latest), "businessDate", "closeOfBusiness.run.notEnded", latest, upTo);
        Optional<LocalDate> lastClosed = calendar.lastClosedDate();
        if (!refuseWhenClosed && lastClosed.filter(last -> !last.isBefore(upTo)).isPresent()) {
            return CloseOfBusinessCatchUp.nothingToClose(calendar.businessDate());
        }
        if (lastClosed.isPresent()) {
            refuseIf(!upTo.isAfter(lastClosed.get()), "businessDate", "closeOfBusiness.run.closedAlready",
                    lastClosed.get(), lastClosed.get().plusDays(1));
        }
        LocalDate from = lastClosed.map(date -> date.plusDays(1)).orElse(upTo);
        List<CloseOfBusinessSummary> days = new ArrayList<>();
        List<ContractsDueForArrears.Due> due = null;
        for (LocalDate date = from; !date.isAfter(upTo); date = date.plusDays(1)) {
            if (due == null) {
                due = candidates(cutOff(upTo)).contracts();
            }
            LocalDate cutOff = cutOff(date);
            List<LeaseContractId> dueToday = due.stream()
                    .filter(contract -> !contract.nextUnflaggedDueDate().isAfter(cutOff))
                    .map(ContractsDueForArrears.Due::contractId)
                    .toList();
            days.add(run(date, dueToday, who));
            if (!dueToday.isEmpty()) {
                due = null; // their next unflagged instalment moved on: ask the read model again
            }
        }
        return CloseOfBusinessCatchUp.of(days, calendar.businessDate());
    }

    /** The latest due date in arrears on a business date: due date + grace days before the business date. */
    private LocalDate cutOff(LocalDate businessDate) {
        return businessDate.minusDays(properties.graceDays() + 1L);
    }

    private CloseOfBusinessSummary run(LocalDate businessDate, List<LeaseContractId> candidates,
                                       Map<String, String> who) {
        int withNewArrears = 0;
        for (LeaseContractId contract : candidates) {
            long before = lastSequence(contract.value());
            send(new MarkLeaseArrearsCommand(contract, businessDate, properties.graceDays()), businessDate, who);
            if (lastSequence(contract.value()) != before) {
                withNewArrears++;
            }
        }
        send(new CompleteCloseOfBusinessCommand(CompleteCloseOfBusinessCommand.LEDGER_ID, businessDate,
                candidates.size(), withNewArrears), businessDate, who);
        return new CloseOfBusinessSummary(businessDate, candidates.size(), withNewArrears);
    }

    /**
     * The contracts with an instalment due on or before the date. The read model refuses while it has not
     * applied every stored event (a rebuild, a lag, parked events); the run waits up to
     * {@code readModelWait} for it, then refuses too, so a day is never closed on part of the contracts.
     */
    private ContractsDueForArrears candidates(LocalDate dueOnOrBefore) {
        long deadline = System.nanoTime() + properties.readModelWait().toNanos();
        while (true) {
            try {
                return queryGateway.query(new FindContractsDueForArrearsQuery(dueOnOrBefore),
                        ResponseTypes.instanceOf(ContractsDueForArrears.class)).join();
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
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lease read model", e);
        }
    }

    private long lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    private void send(Object command, LocalDate businessDate, Map<String, String> who) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(who).andMetaData(Map.of("businessDate", businessDate.toString())));
    }
}
