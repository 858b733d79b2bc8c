package org.smesupport.casework.app.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC event store with {@link DurableCommits}: appends enlist their transaction so its commit
 * waits for the disk, and tracking processors read only what is already on disk.
 */
class DurableJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final DurableCommits durableCommits;

    DurableJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, DurableCommits durableCommits) {
        super(builder);
        this.durableCommits = durableCommits;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            durableCommits.enlistCurrentTransaction();
            super.appendEvents(events, serializer);
        } else {
            durableCommits.commitDurably(() -> super.appendEvents(events, serializer));
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return durableCommits.whileDurable(() -> super.fetchTrackedEvents(lastToken, batchSize));
    }
}
