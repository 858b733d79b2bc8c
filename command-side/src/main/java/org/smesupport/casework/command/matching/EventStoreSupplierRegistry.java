package org.smesupport.casework.command.matching;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a supplier's stream from the event store, from its first event (never a snapshot, whose payload is
 * the aggregate itself), as the company registry does: it neither locks the supplier for the rest of the
 * order request's unit of work nor puts a stream of another type into the shared aggregate cache when an
 * order request id is passed as a supplier id. A supplier has few events: a registration, a profile update
 * a year and at most one withdrawal.
 */
@Component
class EventStoreSupplierRegistry implements SupplierRegistry {

    private static final String AGGREGATE_TYPE = Supplier.class.getSimpleName();

    private final EventStore eventStore;

    EventStoreSupplierRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<RegisteredSupplier> supplierOf(SupplierId supplierId) {
        DomainEventStream events = eventStore.readEvents(supplierId.value(), 0L);
        if (!events.hasNext() || !AGGREGATE_TYPE.equals(events.peek().getType())) {
            return Optional.empty();
        }
        RegisteredSupplier supplier = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof SupplierRegisteredEvent registered) {
                supplier = new RegisteredSupplier(registered.companyName(), registered.registeredOn(), null);
            } else if (event.getPayload() instanceof SupplierWithdrawnEvent withdrawn && supplier != null) {
                supplier = new RegisteredSupplier(supplier.name(), supplier.registeredOn(), withdrawn.withdrawnOn());
            }
        }
        return Optional.ofNullable(supplier);
    }
}
