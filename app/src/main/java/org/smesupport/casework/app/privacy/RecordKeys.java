package org.smesupport.casework.app.privacy;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.smesupport.casework.app.privacy.KeyStore.StoredKey;
import org.smesupport.casework.command.privacy.PersonalDataKeys;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each record's key for its personal fields: made with the record's first personal text, looked up for every event
 * read that has one, destroyed by an erasure. Recently used keys are kept in memory (a replay reads the same case's
 * key for each of its sessions); a destroyed key leaves this instance's memory with the erasure. Another instance
 * keeps a key it holds in memory until it restarts (or reads it again after eviction).
 */
final class RecordKeys implements PersonalDataKeys {

    private static final int REMEMBERED = 100_000;

    private final KeyStore store;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    /** By record: the stored key, or {@code null} for a record known to have none. */
    private final Map<String, Optional<StoredKey>> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<StoredKey>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    RecordKeys(KeyStore store, PersonalDataCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** The record's key to encrypt with, made and stored (in the caller's transaction) if it has none yet. */
    StoredKey forWriting(String record) {
        Optional<StoredKey> known = find(record, false);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] secret = cipher.newSecret();
        store.insert(record, secret, clock.instant());
        StoredKey made = new StoredKey(secret);
        remembered.put(record, Optional.of(made));
        return made;
    }

    /**
     * The record's key to decrypt with; empty when it has none. {@code recheck}: a ciphertext was found although the
     * record was remembered without a key (another instance made it since), so ask the store again.
     */
    Optional<StoredKey> find(String record, boolean recheck) {
        Optional<StoredKey> known = remembered.get(record);
        if (known == null || (recheck && known.isEmpty())) {
            known = store.find(record);
            remembered.put(record, known);
        }
        return known;
    }

    /**
     * Destroys the keys in the caller's transaction and forgets them here, again once it commits: a read meanwhile may
     * have remembered a key the transaction had not destroyed yet for others.
     */
    @Override
    public void destroy(Collection<String> records) {
        store.destroy(records, clock.instant());
        records.forEach(remembered::remove);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    records.forEach(remembered::remove);
                }
            });
        }
    }
}
