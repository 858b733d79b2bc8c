package org.smesupport.casework.app.admin;

import java.util.List;

/**
 * A read model rebuilt into a shadow database and compared document by document with the live one
 * ({@code POST /api/admin/projections/{name}/verify}): the events up to {@code headPosition} replayed
 * ({@code eventsReplayed} concerned it), per collection how many documents the rebuild made, how many were compared
 * and how many differ, and the first {@value ProjectionVerifier#DIFFERENCES_LISTED} differences. A live document
 * changed by an event after the head is not compared ({@code changedSince}). {@code agrees} when nothing differs.
 */
public record ProjectionVerification(String name, long headPosition, long eventsReplayed, boolean agrees,
                                     List<CollectionComparison> collections, List<Difference> differences) {

    public record CollectionComparison(String collection, long rebuilt, long compared, long changedSince,
                                       long differing) {
    }

    /**
     * A document that differs: {@code MISSING} from the live read model, {@code EXTRA} in it (no event makes it),
     * or {@code DIFFERENT}, with the fields whose values differ.
     */
    public record Difference(String collection, Object id, Kind kind, List<String> fields) {

        public enum Kind {
            MISSING,
            EXTRA,
            DIFFERENT
        }
    }
}
