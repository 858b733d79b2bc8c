package org.smesupport.casework.command.fiscalyear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.FindFiscalYearStatusQuery;
import org.smesupport.casework.api.fiscalyear.FiscalYearClosedEvent;
import org.smesupport.casework.api.fiscalyear.FiscalYearReopenedEvent;
import org.smesupport.casework.api.fiscalyear.FiscalYearStatus;
import org.smesupport.casework.command.common.StreamFollower;
import org.springframework.stereotype.Service;

/**
 * Which fiscal years are closed, read from the ledger's events in the event store (only those stored since
 * the last call), so every instance agrees at once; the command side asks before accepting an entry, and
 * the reports ask whether their figures are final.
 */
@Service
public class FiscalYearClosures implements ClosedFiscalYears {

    private final StreamFollower ledger;
    private final Map<Integer, Closure> closed = new TreeMap<>();

    FiscalYearClosures(EventStore eventStore) {
        this.ledger = new StreamFollower(eventStore, CloseFiscalYearCommand.LEDGER_ID);
    }

    /** The close in force for the year, if it is closed. */
    @Override
    public Optional<Closure> closureOf(FiscalYear year) {
        return Optional.ofNullable(closed().get(year.startYear()));
    }

    /** For the reports: final or provisional. */
    @QueryHandler
    FiscalYearStatus handle(FindFiscalYearStatusQuery query) {
        Closure closure = closed().get(query.fiscalYear());
        return closure == null ? FiscalYearStatus.provisional(query.fiscalYear())
                : new FiscalYearStatus(query.fiscalYear(), FiscalYearStatus.CLOSED, closure.closedOn(), closure.closedBy(),
                        closure.ledgerVersion());
    }

    /** Every closed year, oldest first. */
    public synchronized Map<Integer, Closure> closed() {
        ledger.catchUp(this::read);
        return Collections.unmodifiableMap(new TreeMap<>(closed));
    }

    private void read(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof FiscalYearClosedEvent closedEvent) {
            closed.put(closedEvent.fiscalYear(), new Closure(closedEvent.fiscalYear(), closedEvent.closedOn(),
                    String.valueOf(event.getMetaData().getOrDefault("user", "")), closedEvent.reason(),
                    event.getTimestamp(), event.getSequenceNumber()));
        } else if (event.getPayload() instanceof FiscalYearReopenedEvent reopened) {
            closed.remove(reopened.fiscalYear());
        }
    }

    /**
     * @param closedOn   the business date of the close
     * @param closedBy   the user who closed it
     * @param recordedAt when the close was stored
     * @param ledgerVersion the ledger's version of the close: the figures' version a report names
     */
    public record Closure(int fiscalYear, LocalDate closedOn, String closedBy, String reason, Instant recordedAt,
                          long ledgerVersion) {
    }
}
