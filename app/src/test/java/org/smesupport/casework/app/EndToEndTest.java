package org.smesupport.casework.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole product on the embedded default (H2 event store, in-process Mongo server), started
 * once per test JVM on a random port with security on, in a fresh data directory.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// metrics are exported as in production (Spring Boot's tests leave them off), so that /actuator/prometheus is tested
@AutoConfigureObservability(tracing = false)
abstract class EndToEndTest {

    private static final Path DATA_DIR = freshDataDir();

    @Autowired
    TestRestTemplate rest;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("casework.data-dir", DATA_DIR::toString);
    }

    ApiClient as(String user) {
        return new ApiClient(rest, user);
    }

    private static Path freshDataDir() {
        try {
            return Files.createTempDirectory("casework-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
