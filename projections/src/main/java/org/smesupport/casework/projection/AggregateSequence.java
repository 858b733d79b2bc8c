package org.smesupport.casework.projection;

import org.bson.Document;

/**
 * Idempotency for documents that follow one aggregate: they store the sequence number of the last
 * event applied, and Axon delivers an aggregate's events in sequence order, so anything at or below it
 * is a redelivery.
 */
public final class AggregateSequence {

    public static final String FIELD = "version";

    private AggregateSequence() {
    }

    public static boolean alreadyApplied(Document document, long sequence) {
        return document != null && document.getLong(FIELD) >= sequence;
    }
}
