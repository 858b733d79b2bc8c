package org.smesupport.casework.app.audit.chain;

import java.time.LocalDate;

/**
 * A link sealed with the chain key: the head ({@value #HEAD}) or the last link of a day the events were recorded
 * ({@code day:2026-11-29}, the centre's zone). {@code seal} is HMAC-SHA256 over "name|n|hash", hex.
 */
record ChainSeal(String name, long n, long globalIndex, String hash, String seal) {

    static final String HEAD = "head";

    static ChainSeal of(ChainKey key, String name, ChainLink link) {
        return new ChainSeal(name, link.n(), link.globalIndex(), link.hash(),
                ChainHashes.seal(key.bytes(), name, link.n(), link.hash()));
    }

    static String day(LocalDate day) {
        return "day:" + day;
    }

    boolean signedWith(ChainKey key) {
        return ChainHashes.seal(key.bytes(), name, n, hash).equals(seal);
    }
}
