package org.smesupport.casework.query.history;

import java.util.List;

/**
 * What changed in an aggregate's detail view from version {@code from} to version {@code to}: every field whose
 * value differs ({@code path} into the view's JSON, e.g. {@code summary.status} or {@code timeline[5].type}; a
 * value {@code null} where the field was or is absent), and the events that made the change, with who and why.
 */
public record StateDiff(String aggregateId, String aggregateType, long from, long to, List<FieldChange> changes,
                        List<StateEvent> events) {

    /** One field of the view before and after. */
    public record FieldChange(String path, Object before, Object after) {
    }
}
