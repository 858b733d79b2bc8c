package org.smesupport.casework.app;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What a test of the production profile's wiring gives it: fresh secrets, and a MongoDB to point it at. */
final class ProductionSettings {

    private ProductionSettings() {
    }

    /** The production profile refuses published or weak secrets and passwords: fresh ones, and an administrator. */
    static void freshSecrets(DynamicPropertyRegistry registry) {
        registry.add("casework.security.issuer.secret", () -> randomText(48));
        registry.add("casework.security.users[0].username", () -> "admin");
        registry.add("casework.security.users[0].password",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(randomText(16)));
        registry.add("casework.security.users[0].roles[0]", () -> "ADMIN");
    }

    static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** An in-memory MongoDB wire-protocol server on a free loopback port, standing in for the production MongoDB. */
    static MongoServer startMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return server;
    }
}
