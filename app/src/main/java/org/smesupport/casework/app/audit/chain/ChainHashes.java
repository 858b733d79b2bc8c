package org.smesupport.casework.app.audit.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's arithmetic: link {@code n} is SHA-256(hash of link n − 1 ‖ n ‖ the event's digest), the first
 * link's predecessor 32 zero bytes; a seal is HMAC-SHA256 under the chain key over its day (or "head"), link number
 * and hash. Written out in the README so that an auditor can recompute it from an export.
 */
final class ChainHashes {

    static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private ChainHashes() {
    }

    static byte[] link(byte[] previous, long n, byte[] digest) {
        return sha256(ByteBuffer.allocate(previous.length + Long.BYTES + digest.length)
                .put(previous).putLong(n).put(digest).array());
    }

    static String seal(byte[] key, String name, long n, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hex(mac.doFinal((name + "|" + n + "|" + hash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }
}
