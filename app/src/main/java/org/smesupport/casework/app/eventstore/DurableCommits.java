package org.smesupport.casework.app.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a committed H2 transaction durable before anybody learns of it. H2's MVStore keeps a
 * commit in memory and writes it to the file up to a second later (its background writer), so a
 * killed process lost commands that had already been acknowledged. Two rules close that gap:
 * <ol>
 * <li>A transaction that appended events does not return from its commit until a checkpoint has
 * written it to the file ({@link #enlistCurrentTransaction()}), so no 2xx goes out for an event
 * that a crash could lose. Committers that wait together share one checkpoint (group commit).</li>
 * <li>Tracking processors read from a snapshot pinned at a moment when everything committed is on
 * disk ({@link #atDurableMoment}), so a read model (or the lease link, which sends commands) never
 * acts on an event that a crash then takes away, and H2 can never hand a lost global position to
 * a new event behind a processor's token.</li>
 * </ol>
 * Commit steps take a shared lock; pinning a snapshot takes the exclusive one, so at that moment no
 * commit is half done and one checkpoint covers every commit that has returned. With {@code sync}
 * the checkpoint also forces the file to the device ({@code fsync}), so a power loss loses nothing
 * acknowledged either.
 */
public class DurableCommits implements AutoCloseable {

    private final Connection connection;
    private final String checkpoint;
    private final ReentrantReadWriteLock commitSteps = new ReentrantReadWriteLock();
    private final Object checkpointing = new Object();
    /** Commits that have returned from the database; counted while the shared lock is still held. */
    private final AtomicLong committed = new AtomicLong();
    /** How many of them the last checkpoint covered. */
    private volatile long durable;

    /**
     * @param connection a connection of its own (not from the pool, whose connections may all be held by
     *                   committers waiting here), used only by one checkpoint at a time
     */
    DurableCommits(Connection connection, boolean sync) {
        this.connection = connection;
        this.checkpoint = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
    }

    /**
     * Registers the current Spring transaction, which has appended events: its commit runs under the
     * shared lock and returns only once a checkpoint covers it.
     */
    public void enlistCurrentTransaction() {
        if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new DurableCommit());
        }
    }

    /** For a write that commits by itself, outside any Spring transaction: the same rule around it. */
    public void commitDurably(Runnable write) {
        long commit;
        commitSteps.readLock().lock();
        try {
            write.run();
            commit = committed.incrementAndGet();
        } finally {
            commitSteps.readLock().unlock();
        }
        awaitDurable(commit);
    }

    /**
     * Runs {@code pin} (the first read of a snapshot transaction) at a moment when no commit is in
     * progress and every commit that has returned is on disk: the snapshot then holds only durable events.
     */
    void atDurableMoment(Runnable pin) {
        commitSteps.writeLock().lock();
        try {
            synchronized (checkpointing) {
                checkpointIfBehind();
            }
            pin.run();
        } finally {
            commitSteps.writeLock().unlock();
        }
    }

    private void awaitDurable(long commit) {
        if (durable >= commit) {
            return;
        }
        synchronized (checkpointing) {
            checkpointIfBehind();
        }
    }

    /** Every commit counted so far has returned, so one checkpoint now covers them all. */
    private void checkpointIfBehind() {
        long upTo = committed.get();
        if (durable >= upTo) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(checkpoint);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write committed events to disk (" + checkpoint + ")", e);
        }
        durable = upTo;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** The commit of one transaction that appended events. */
    private final class DurableCommit implements TransactionSynchronization {

        private boolean holdsSharedLock;

        @Override
        public void beforeCommit(boolean readOnly) {
            commitSteps.readLock().lock();
            holdsSharedLock = true;
        }

        @Override
        public void afterCommit() {
            long commit = committed.incrementAndGet();
            releaseSharedLock();
            awaitDurable(commit);
        }

        @Override
        public void afterCompletion(int status) {
            releaseSharedLock();
            TransactionSynchronizationManager.unbindResourceIfPossible(DurableCommits.this);
        }

        private void releaseSharedLock() {
            if (holdsSharedLock) {
                holdsSharedLock = false;
                commitSteps.readLock().unlock();
            }
        }
    }
}
