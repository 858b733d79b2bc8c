package org.smesupport.casework.app.audit.chain;

/**
 * The chain's documents in the read store. {@code audit_chain}: one link per stored event, {@code _id} the event's
 * global index zero-padded (so the primary key orders the links as the event store orders its rows), with the link
 * number {@code n}, the previous link's hash, the event's digest and the link's hash. {@code audit_chain_seals}: the
 * head ({@code _id} "head") and one seal per day the events were recorded ({@code day:2026-11-29}), each the last
 * link then with its HMAC.
 */
final class ChainFields {

    static final String LINKS = "audit_chain";
    static final String SEALS = "audit_chain_seals";

    static final String INDEX = "index";
    static final String N = "n";
    static final String EVENT_ID = "eventId";
    static final String PREVIOUS = "previous";
    static final String DIGEST = "digest";
    static final String HASH = "hash";
    static final String SEAL = "seal";
    static final String HEAD = "head";
    static final String DAY_PREFIX = "day:";

    private ChainFields() {
    }

    static String linkId(long globalIndex) {
        return "%019d".formatted(globalIndex);
    }
}
