package org.smesupport.casework.command.matching;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.command.common.AggregateStreams;
import org.springframework.stereotype.Component;

/**
 * Reads a supplier's stream ({@link AggregateStreams}): a registration, a profile update a year and at most one
 * withdrawal.
 */
@Component
class EventStoreSupplierRegistry implements SupplierRegistry {

    private final AggregateStreams streams;

    EventStoreSupplierRegistry(EventStore eventStore) {
        this.streams = new AggregateStreams(eventStore);
    }

    @Override
    public Optional<RegisteredSupplier> supplierOf(SupplierId supplierId) {
        return streams.fold(supplierId.value(), Supplier.class, (RegisteredSupplier supplier, Object event) -> {
            if (event instanceof SupplierRegisteredEvent registered) {
                return new RegisteredSupplier(registered.companyName(), registered.registeredOn(), null);
            }
            return event instanceof SupplierWithdrawnEvent withdrawn && supplier != null
                    ? new RegisteredSupplier(supplier.name(), supplier.registeredOn(), withdrawn.withdrawnOn()) : supplier;
        });
    }
}
