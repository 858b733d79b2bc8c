package org.smesupport.casework.app.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one personal text with its record's key: AES-256 in GCM mode, a fresh 96-bit nonce per value, the record's
 * id as associated data (a value moved to another record does not decrypt). The stored form starts with a prefix
 * beginning with a control character: texts stored before encryption began are told from ciphertexts by it, and every
 * personal text stored since is encrypted exactly once, whatever it starts with.
 */
final class PersonalDataCipher {

    static final String PREFIX = "\u0001pd1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    byte[] newSecret() {
        byte[] secret = new byte[KEY_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    static boolean isEncrypted(String text) {
        return text.startsWith(PREFIX);
    }

    String encrypt(String text, byte[] secret, String record) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, nonce, record);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws GeneralSecurityException when the value was not sealed with this key for this record */
    String decrypt(String stored, byte[] secret, String record) throws GeneralSecurityException {
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, secret, Arrays.copyOf(bytes, NONCE_BYTES), record);
        return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, byte[] secret, byte[] nonce, String record) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        SecretKey key = new SecretKeySpec(secret, "AES");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(record.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
