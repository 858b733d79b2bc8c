package org.smesupport.casework.app.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a committed H2 transaction durable before anybody learns of it. H2's MVStore keeps a
 * commit in memory and writes it to the file up to a second later (its background writer), so a
 * killed process lost commands that had already been acknowledged. Two rules close that gap:
 * <ol>
 * <li>A transaction that appended events does not return from its commit until a checkpoint has
 * written it to the file ({@link #enlistCurrentTransaction()}), so no 2xx goes out for an event
 * that a crash could lose.</li>
 * <li>Tracking processors read events only while every committed transaction is on disk
 * ({@link #whileDurable}), so a read model can never hold an event that a crash then takes away
 * (which would also let H2 hand the lost global positions to new events behind the read model's
 * token).</li>
 * </ol>
 * Commits take a shared lock and the checkpoint an exclusive one, so a checkpoint always covers
 * every commit that has returned; waiting committers share one checkpoint (group commit). With
 * {@code sync} the checkpoint also forces the file to the device ({@code fsync}), so a power
 * loss loses nothing acknowledged either.
 */
class DurableCommits implements AutoCloseable {

    private final Connection connection;
    private final String checkpoint;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long committed;
    private long durable;

    /**
     * @param connection a connection of its own (not from the pool, whose connections may all be held by
     *                   committers waiting here), used only under the exclusive lock
     */
    DurableCommits(Connection connection, boolean sync) {
        this.connection = connection;
        this.checkpoint = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
    }

    /**
     * Registers the current Spring transaction, which has appended events: its commit runs under the
     * shared lock and returns only once a checkpoint covers it.
     */
    void enlistCurrentTransaction() {
        if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new DurableCommit());
        }
    }

    /** For a write that commits by itself, outside any Spring transaction: the same rule around it. */
    void commitDurably(Runnable write) {
        long commit;
        lock.readLock().lock();
        try {
            write.run();
            commit = recordCommit();
        } finally {
            lock.readLock().unlock();
        }
        awaitDurable(commit);
    }

    /** Runs a read of committed events once every committed transaction is on disk. */
    <T> T whileDurable(Supplier<T> read) {
        lock.writeLock().lock();
        try {
            checkpointIfBehind();
            return read.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private synchronized long recordCommit() {
        return ++committed;
    }

    private void awaitDurable(long commit) {
        lock.writeLock().lock();
        try {
            if (durable < commit) {
                checkpointIfBehind();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Called under the exclusive lock: no commit is in progress, so one checkpoint covers all that returned. */
    private void checkpointIfBehind() {
        long upTo;
        synchronized (this) {
            upTo = committed;
        }
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
            lock.readLock().lock();
            holdsSharedLock = true;
        }

        @Override
        public void afterCommit() {
            long commit = recordCommit();
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
                lock.readLock().unlock();
            }
        }
    }
}
