package org.smesupport.casework.app.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs the chain's seals: {@code casework.audit.chain-key} (CASEWORK_AUDIT_CHAIN_KEY, at least 32
 * bytes) where an operator keeps it apart from the databases, else a random key generated once into
 * {@code <data-dir>/audit-chain.key} (readable by the owner only), which proves nothing against someone who can read
 * the data directory but keeps the seals stable across restarts.
 */
record ChainKey(byte[] bytes) {

    static final int MIN_BYTES = 32;
    private static final String FILE = "audit-chain.key";

    static ChainKey resolve(String configured, Path dataDir) {
        if (!configured.isBlank()) {
            byte[] key = configured.getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_BYTES) {
                throw new IllegalStateException("casework.audit.chain-key must be at least " + MIN_BYTES + " bytes");
            }
            return new ChainKey(key);
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new ChainKey(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit chain key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
    }
}
