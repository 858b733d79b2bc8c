package org.smesupport.casework.api.audit;

/**
 * Where the event store and the chain disagree: at the event's global {@code position} (of the link's, for a
 * problem of the chain itself), what kind of disagreement, the event's id, aggregate and sequence where the store
 * still has it, and what the verification found.
 */
public record ChainProblem(long position, Kind kind, String eventId, String aggregateId, Long sequence,
                           String detail) {

    public enum Kind {
        /** the stored row is not what was sealed: its payload, metadata or another column changed */
        ALTERED,
        /** the chain sealed an event at this position that the store no longer has (a row deleted) */
        MISSING,
        /** the store has an event the chain never sealed although it sealed later ones (a row inserted) */
        NOT_CHAINED,
        /** a link of the chain does not follow from the one before it (the chain store changed) */
        CHAIN_BROKEN,
        /** a seal's signature or its link does not match (the chain rewritten without the key) */
        SEAL
    }
}
