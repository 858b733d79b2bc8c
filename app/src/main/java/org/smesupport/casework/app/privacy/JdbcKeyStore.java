package org.smesupport.casework.app.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys in the event store's database ({@code personal_data_key}, Flyway V4): written in the transaction of the
 * command whose events need them, destroyed in the transaction that stores the erasure.
 */
final class JdbcKeyStore implements KeyStore {

    private static final int DESTROY_BATCH = 500;

    private final JdbcTemplate jdbc;

    JdbcKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredKey> find(String record) {
        List<StoredKey> keys = jdbc.query("SELECT secret FROM personal_data_key WHERE stream_id = ?",
                (row, n) -> new StoredKey(row.getBytes(1)), record);
        return keys.stream().findFirst();
    }

    @Override
    public void insert(String record, byte[] secret, Instant at) {
        try {
            jdbc.update("INSERT INTO personal_data_key (stream_id, secret, created_at) VALUES (?, ?, ?)", record,
                    secret, Timestamp.from(at));
        } catch (DuplicateKeyException concurrentFirstWrite) {
            // only a concurrent first write to the same record does this, and one of the two writers loses anyway
            throw new ConcurrencyException("Another request changed record " + record + " at the same time.");
        }
    }

    /** A record without a key yet gets a destroyed one: its texts stored before encryption began are erased too. */
    @Override
    public void destroy(Collection<String> records, Instant at) {
        List<String> all = List.copyOf(records);
        for (int from = 0; from < all.size(); from += DESTROY_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + DESTROY_BATCH));
            int[] updated = jdbc.batchUpdate("UPDATE personal_data_key SET secret = NULL, destroyed_at = "
                    + "COALESCE(destroyed_at, ?) WHERE stream_id = ?", batch.stream()
                    .map(record -> new Object[] {Timestamp.from(at), record}).toList());
            for (int i = 0; i < batch.size(); i++) {
                if (updated[i] == 0) {
                    jdbc.update("INSERT INTO personal_data_key (stream_id, secret, created_at, destroyed_at) "
                            + "VALUES (?, NULL, ?, ?)", batch.get(i), Timestamp.from(at), Timestamp.from(at));
                }
            }
        }
    }
}
