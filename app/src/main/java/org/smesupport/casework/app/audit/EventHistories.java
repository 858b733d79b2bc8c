package org.smesupport.casework.app.audit;

import static org.smesupport.casework.app.audit.AuditMetadata.BUSINESS_DATE;
import static org.smesupport.casework.app.audit.AuditMetadata.CORRELATION_ID;
import static org.smesupport.casework.app.audit.AuditMetadata.REASON;
import static org.smesupport.casework.app.audit.AuditMetadata.ROLE;
import static org.smesupport.casework.app.audit.AuditMetadata.USER;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.audit.EventHistory;
import org.smesupport.casework.api.audit.FindEventHistoryQuery;
import org.smesupport.casework.api.audit.HistoryEvent;
import org.smesupport.casework.query.history.AggregateStates;
import org.springframework.stereotype.Component;

/**
 * Answers a record's history on the query bus, for the auditors' pages: the same stream the audit API serves,
 * each event's fields as the JSON API would write them (so a page shows an amount or a date as the API does) and
 * its audit metadata by name.
 */
@Component
class EventHistories {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ObjectMapper json;
    private final AggregateStates states;

    EventHistories(EventStore eventStore, ObjectMapper json, AggregateStates states) {
        this.eventStore = eventStore;
        this.json = json;
        this.states = states;
    }

    @QueryHandler
    EventHistory handle(FindEventHistoryQuery query) {
        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(query.aggregateId(), 0L).asStream()
                .toList();
        if (stream.isEmpty()) {
            return null;
        }
        return new EventHistory(query.aggregateId(), stream.get(0).getType(),
                stream.stream().map(this::event).toList(), states.types().contains(stream.get(0).getType()));
    }

    private HistoryEvent event(DomainEventMessage<?> event) {
        MetaData metadata = event.getMetaData();
        return new HistoryEvent(event.getSequenceNumber(), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), text(metadata, USER),
                text(metadata, ROLE), text(metadata, BUSINESS_DATE), text(metadata, REASON),
                text(metadata, CORRELATION_ID), json.convertValue(event.getPayload(), FIELDS));
    }

    private static String text(MetaData metadata, String key) {
        return Objects.toString(metadata.get(key), null);
    }
}
