package org.smesupport.casework.projection;

import java.util.function.Function;
import org.bson.Document;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;

/**
 * A record's human-readable reference ({@code 相談-2020-000123}) on its read-model document, for the lists and
 * pages to show. It arrives in the register's stream, after the record's creation, so it is written onto the
 * record's document as it stands; the record's own {@code version} is left alone, since the event is not in
 * the record's stream. Setting the same value again changes nothing, which makes redeliveries and replays
 * harmless.
 */
public final class RecordReference {

    public static final String FIELD = "reference";

    private RecordReference() {
    }

    /**
     * Writes the reference onto the record's document ({@code find} reads it as the batch sees it) when the
     * event numbers a record of {@code kind}. A record whose document is missing (its creation parked as a
     * dead letter) is passed over rather than parking the register's later numbers behind it.
     */
    public static void record(ReferenceAssignedEvent event, ReferenceKind kind, Function<String, Document> find,
                              ReadModelStore records) {
        if (event.kind() != kind) {
            return;
        }
        Document record = find.apply(event.recordId());
        if (record == null || event.reference().equals(record.getString(FIELD))) {
            return;
        }
        record.put(FIELD, event.reference());
        records.save(record);
    }
}
