package org.smesupport.casework.api.audit;

/**
 * What one event of a record changed in the record's detail view, and the whole view after it, rebuilt from the
 * record's events as the product showed it then. Answered with a {@link RecordChanges}, or {@code null} when the
 * record has no such version or its type keeps no view to rebuild.
 */
public record FindRecordChangesQuery(String aggregateId, long version) {
}
