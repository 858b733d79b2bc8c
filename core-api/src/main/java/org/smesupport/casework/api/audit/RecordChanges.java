package org.smesupport.casework.api.audit;

import java.util.List;

/**
 * A record's detail view right after its event {@code version}: the fields that event changed ({@code changes}, every
 * field for the first event) and every field of the view ({@code state}), each by its path in the view's JSON
 * ({@code summary.status}, {@code timeline[4].type}) with its value as text.
 */
public record RecordChanges(String aggregateId, String aggregateType, long version, List<Change> changes,
                            List<Field> state) {

    /** {@code before} is {@code null} where the field did not exist, {@code after} where it no longer does. */
    public record Change(String path, String before, String after) {
    }

    public record Field(String path, String value) {
    }
}
