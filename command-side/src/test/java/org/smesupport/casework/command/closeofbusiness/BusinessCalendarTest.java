package org.smesupport.casework.command.closeofbusiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.lease.CloseOfBusinessCompletedEvent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;

class BusinessCalendarTest {

    private static final String LEDGER = CompleteCloseOfBusinessCommand.LEDGER_ID;
    /** 2020-06-10 00:30 in Tokyo, still the 9th in UTC: the centre's zone decides the day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-09T15:30:00Z"), ZoneId.of("Asia/Tokyo"));

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final BusinessCalendar calendar = new BusinessCalendar(eventStore, CLOCK);
    private long sequence;

    @Test
    void beforeTheFirstCloseTheBusinessDateIsTodayInTheCentresZone() {
        assertThat(calendar.lastClosedDate()).isEmpty();
        assertThat(calendar.businessDate()).isEqualTo(LocalDate.of(2020, 6, 10));
        assertThat(calendar.latestClosableDate()).isEqualTo(LocalDate.of(2020, 6, 9));
    }

    @Test
    void eachClosedDayAdvancesTheBusinessDate() {
        closed(LocalDate.of(2020, 6, 1));
        assertThat(calendar.businessDate()).isEqualTo(LocalDate.of(2020, 6, 2));
        closed(LocalDate.of(2020, 6, 2));
        closed(LocalDate.of(2020, 6, 3));
        assertThat(calendar.lastClosedDate()).contains(LocalDate.of(2020, 6, 3));
        assertThat(calendar.businessDate()).isEqualTo(LocalDate.of(2020, 6, 4));
    }

    @Test
    void aReRunOfAnOlderDayStoredBeforeDaysWereClosedInOrderDoesNotMoveItBack() {
        closed(LocalDate.of(2020, 6, 3));
        closed(LocalDate.of(2020, 5, 20));
        assertThat(calendar.businessDate()).isEqualTo(LocalDate.of(2020, 6, 4));
    }

    @Test
    void aSecondCalendarOnTheSameStoreAgrees() {
        closed(LocalDate.of(2020, 6, 1));
        assertThat(calendar.businessDate()).isEqualTo(LocalDate.of(2020, 6, 2));
        closed(LocalDate.of(2020, 6, 2));
        assertThat(new BusinessCalendar(eventStore, CLOCK).businessDate()).isEqualTo(calendar.businessDate())
                .isEqualTo(LocalDate.of(2020, 6, 3));
    }

    private void closed(LocalDate day) {
        eventStore.publish(new GenericDomainEventMessage<>("CloseOfBusinessLedger", LEDGER, sequence++,
                new CloseOfBusinessCompletedEvent(LEDGER, day, 0, 0)));
    }
}
