package org.smesupport.casework.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.smesupport.casework.api.common.PersonalData;
import org.smesupport.casework.app.privacy.KeyStore.StoredKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decrypts the personal fields of every event read from the event store (by aggregates, processors, the audit and
 * history pages alike) with its record's key; once the key is destroyed, every personal field of the record reads
 * {@link PersonalData#ERASED}, also those stored in the clear before encryption began. An upcaster, so both the JDBC
 * store and Axon Server read through it; after the type renames ({@code ModuleQualifiedEventTypes}), and touching
 * only the types that have personal fields. A ciphertext that does not decrypt with its record's key fails the read:
 * it was altered, which the hash chain's verification also finds.
 */
@Component
@Order(2)
class DecryptPersonalFields extends SingleEventUpcaster {

    private final RecordKeys keys;
    private final PersonalDataCipher cipher;

    DecryptPersonalFields(RecordKeys keys, PersonalDataCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getAggregateIdentifier().isPresent()
                && PersonalFieldTree.ofTypeName(representation.getType().getName()).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String record = representation.getAggregateIdentifier().orElseThrow();
        PersonalFieldTree tree = PersonalFieldTree.ofTypeName(representation.getType().getName()).orElseThrow();
        return representation.upcastPayload(representation.getType(), JsonNode.class, payload -> {
            tree.mapJson(payload, text -> readable(record, text));
            return payload;
        });
    }

    private String readable(String record, String stored) {
        boolean encrypted = PersonalDataCipher.isEncrypted(stored);
        Optional<StoredKey> key = keys.find(record, encrypted);
        if (key.isPresent() && key.get().destroyed()) {
            return PersonalData.ERASED;
        }
        if (!encrypted) {
            return stored;
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("record " + record + " holds an encrypted personal field but no key");
        }
        try {
            return cipher.decrypt(stored, key.get().secret(), record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a personal field of record " + record + " does not decrypt with its key: "
                    + "it was altered after it was stored", e);
        }
    }
}
