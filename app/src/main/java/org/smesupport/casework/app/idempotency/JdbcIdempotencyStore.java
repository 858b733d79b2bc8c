package org.smesupport.casework.app.idempotency;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.caching.Cache;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys in the event store's own database (table {@value #TABLE}, a Flyway migration),
 * written in the same transaction as the command's events: the claim, the events and the stored response commit together or not at all.
 * So a key can never outlive or miss its command, whatever crashes or whichever read models are
 * rebuilt; a retry after a crash either replays the stored response or, when nothing was stored,
 * runs the command once. A concurrent retry waits for the first request's transaction and then
 * replays its response (or gets 409 if it is still running after the database's lock timeout).
 */
class JdbcIdempotencyStore implements IdempotencyStore {

    static final String TABLE = "idempotency_keys";
    private static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Cache aggregateCache;
    private final Clock clock;

    JdbcIdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Cache aggregateCache,
                         Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.aggregateCache = aggregateCache;
        this.clock = clock;
    }

    @Override
    public Optional<StoredResponse> runOnce(String id, String requestHash, Request request)
            throws IOException, ServletException {
        try {
            return transactions.execute(transaction -> {
                Optional<StoredResponse> earlier = claim(transaction, id, requestHash);
                if (earlier.isPresent()) {
                    return earlier;
                }
                StoredResponse response = run(request);
                if (response.succeeded()) {
                    jdbc.update("UPDATE " + TABLE + " SET status = ?, content_type = ?, body = ? WHERE id = ?",
                            response.status(), response.contentType(), response.body(), id);
                } else if (transaction.isRollbackOnly()) {
                    // the command was refused and its rollback marked this transaction: the claim goes with it
                    transaction.setRollbackOnly();
                } else {
                    // answered otherwise: keep whatever the request stored, free the key for a corrected retry
                    jdbc.update("DELETE FROM " + TABLE + " WHERE id = ?", id);
                }
                return Optional.empty();
            });
        } catch (TransactionException e) {
            // a command's unit of work may have cached the aggregate state this failed commit did not store
            aggregateCache.removeAll();
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw e.getCause();
        }
    }

    /** Keys are kept for a day, long enough for any client's retries. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldKeys() {
        jdbc.update("DELETE FROM " + TABLE + " WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(RETENTION)));
    }

    /**
     * Inserts the key, or finds the earlier request's. The insert runs under a savepoint: PostgreSQL
     * refuses every further statement of a transaction after a failed one until it rolls back to one.
     */
    private Optional<StoredResponse> claim(TransactionStatus transaction, String id, String requestHash) {
        Object savepoint = transaction.createSavepoint();
        try {
            jdbc.update("INSERT INTO " + TABLE + " (id, request_hash, status, created_at) VALUES (?, ?, 0, ?)",
                    id, requestHash, Timestamp.from(clock.instant()));
            transaction.releaseSavepoint(savepoint);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            transaction.rollbackToSavepoint(savepoint);
            return earlier(id, requestHash);
        } catch (PessimisticLockingFailureException e) {
            // another request with this key is still running after the lock timeout
            transaction.rollbackToSavepoint(savepoint);
            return Optional.of(StoredResponse.pending(requestHash));
        }
    }

    private Optional<StoredResponse> earlier(String id, String requestHash) {
        List<StoredResponse> rows = jdbc.query(
                "SELECT request_hash, status, content_type, body FROM " + TABLE + " WHERE id = ?",
                (row, n) -> new StoredResponse(row.getString(1), true, row.getInt(2), row.getString(3),
                        row.getBytes(4)), id);
        return Optional.of(rows.isEmpty() ? StoredResponse.pending(requestHash) : rows.get(0));
    }

    private static StoredResponse run(Request request) {
        try {
            return request.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new WrappedServletException(e);
        }
    }

    /** Carries a servlet failure out of the transaction callback, which may not throw checked exceptions. */
    private static final class WrappedServletException extends RuntimeException {

        WrappedServletException(ServletException cause) {
            super(cause);
        }

        @Override
        public synchronized ServletException getCause() {
            return (ServletException) super.getCause();
        }
    }
}
