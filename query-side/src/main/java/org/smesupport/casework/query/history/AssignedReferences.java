package org.smesupport.casework.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.projection.reference.ReferenceProjection;
import org.springframework.stereotype.Component;

/**
 * The reference numbers assigned to a record, as events: they are stored in their register's stream, not the
 * record's, so a record's past state finds them through the {@code references} read model (register and number)
 * and reads each back from the register.
 */
@Component
class AssignedReferences {

    private final MongoCollection<Document> references;
    private final EventStore eventStore;

    AssignedReferences(MongoDatabase readModels, EventStore eventStore) {
        this.references = readModels.getCollection(ReferenceProjection.COLLECTION);
        this.eventStore = eventStore;
    }

    List<DomainEventMessage<?>> assignedTo(String recordId) {
        List<DomainEventMessage<?>> assigned = new ArrayList<>();
        for (Document reference : references.find(Filters.eq(ReferenceProjection.RECORD_ID, recordId))) {
            String register = reference.getString(ReferenceProjection.REGISTER_ID);
            Number number = reference.get(ReferenceProjection.NUMBER, Number.class);
            if (register == null || number == null) {
                continue;
            }
            // the register hands out 1, 2, 3 … one event each, so number n is about its event n − 1
            DomainEventStream stream = eventStore.readEvents(register, Math.max(0, number.longValue() - 1));
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getPayload() instanceof ReferenceAssignedEvent assignment
                        && assignment.recordId().equals(recordId)) {
                    assigned.add(event);
                    break;
                }
            }
        }
        return assigned;
    }
}
