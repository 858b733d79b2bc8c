package org.smesupport.casework.app.audit;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Auditors' view of the source of truth: the complete, unaltered event stream of any aggregate
 * (company, consultation case, …), read from the event store rather than from a read model.
 * AUDITOR and ADMIN only (see SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final EventStore eventStore;

    AuditController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Reads one record's complete event stream from the event store.
     * The events come oldest first, each with its type, timestamp, payload and metadata; 404 when no events are
     * stored under the id.
     *
     * @param aggregateId the id of the company, case, contract or other record
     */
    @GetMapping("/streams/{aggregateId}")
    List<AuditedEvent> stream(@PathVariable String aggregateId) {
        List<AuditedEvent> events = eventStore.readEvents(aggregateId, 0L).asStream()
                .map(AuditController::audited)
                .toList();
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no events stored for '" + aggregateId + "'");
        }
        return events;
    }

    private static AuditedEvent audited(DomainEventMessage<?> event) {
        return new AuditedEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), event.getPayload(), event.getMetaData());
    }
}
