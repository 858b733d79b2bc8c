package org.smesupport.casework.app.audit.chain;

/**
 * Link {@code n} of the chain: the event at {@code globalIndex} (its id beside it), the hash of link n − 1, the
 * digest of the event's stored row and this link's hash, all hex.
 */
record ChainLink(long n, long globalIndex, String eventIdentifier, String previous, String digest, String hash) {

    /** The hash the link's content gives: what {@link #hash} must be. */
    String recomputed() {
        return ChainHashes.hex(ChainHashes.link(ChainHashes.bytes(previous), n, ChainHashes.bytes(digest)));
    }
}
