package org.smesupport.casework.app.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Where the records' keys are kept: beside the events in their SQL database, else (Axon Server) in the read store. */
interface KeyStore {

    /** The record's key as stored: its secret, {@code null} once destroyed; empty when it has none. */
    Optional<StoredKey> find(String record);

    /**
     * Stores the record's first key.
     *
     * @throws org.axonframework.modelling.command.ConcurrencyException when another writer stored one meanwhile
     */
    void insert(String record, byte[] secret, Instant at);

    void destroy(Collection<String> records, Instant at);

    record StoredKey(byte[] secret) {

        boolean destroyed() {
            return secret == null;
        }
    }
}
