package org.smesupport.casework.app.eventstore;

import static org.axonframework.common.jdbc.JdbcUtils.executeQuery;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Axon's JDBC event store with {@link DurableCommits}: appends enlist their transaction so that its
 * commit waits for the disk, and tracking processors read from a repeatable-read snapshot pinned
 * while everything committed was on disk. Only the pin waits for commits; the query itself runs
 * alongside them.
 */
class DurableJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final DurableCommits durableCommits;
    private final TransactionTemplate snapshotReads;

    DurableJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, DurableCommits durableCommits,
                                  PlatformTransactionManager transactionManager) {
        super(builder);
        this.durableCommits = durableCommits;
        this.snapshotReads = new TransactionTemplate(transactionManager);
        snapshotReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
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
        return snapshotReads.execute(transaction -> {
            durableCommits.atDurableMoment(this::pinSnapshot);
            return super.fetchTrackedEvents(lastToken, batchSize);
        });
    }

    /** H2 takes a repeatable-read transaction's snapshot of a table at its first read of it. */
    private void pinSnapshot() {
        String sql = "SELECT 1 FROM " + schema().domainEventTable() + " WHERE " + schema().globalIndexColumn() + " = -1";
        executeQuery(getConnection(), connection -> connection.prepareStatement(sql), resultSet -> null,
                e -> new EventStoreException("Could not start a snapshot of the event table", e));
    }
}
