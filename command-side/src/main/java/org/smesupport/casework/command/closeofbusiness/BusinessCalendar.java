package org.smesupport.casework.command.closeofbusiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.lease.CloseOfBusinessCompletedEvent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.command.common.StreamFollower;
import org.springframework.stereotype.Service;

/**
 * The centre's business date: the day after the last day the close of business has closed, so the close
 * of business is what advances it. Before the first close it is today in the centre's zone (the clock's).
 * Read from the close-of-business ledger's events in the event store, so every instance and every
 * restart agrees on it; only the ledger events stored since the last call are read.
 */
@Service
public class BusinessCalendar {

    private final StreamFollower ledger;
    private final Clock clock;
    private LocalDate lastClosed;

    BusinessCalendar(EventStore eventStore, Clock clock) {
        this.ledger = new StreamFollower(eventStore, CompleteCloseOfBusinessCommand.LEDGER_ID);
        this.clock = clock;
    }

    /** The day the centre is working on: money may move on it and before it, never after it. */
    public LocalDate businessDate() {
        return lastClosedDate().map(date -> date.plusDays(1)).orElseGet(() -> LocalDate.now(clock));
    }

    /** The latest day the close of business has closed, if it has ever run. */
    public synchronized Optional<LocalDate> lastClosedDate() {
        ledger.catchUp(this::read);
        return Optional.ofNullable(lastClosed);
    }

    /** A day can be closed once it has ended: the latest is yesterday in the centre's zone. */
    public LocalDate latestClosableDate() {
        return LocalDate.now(clock).minusDays(1);
    }

    /** The business date with the close of business behind it, as the API and the pages show it. */
    public BusinessDate view() {
        return new BusinessDate(businessDate(), lastClosedDate().orElse(null), latestClosableDate());
    }

    private void read(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof CloseOfBusinessCompletedEvent completed
                && (lastClosed == null || completed.businessDate().isAfter(lastClosed))) {
            lastClosed = completed.businessDate();
        }
    }
}
