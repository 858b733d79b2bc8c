package org.smesupport.casework.app;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The event-store contract on PostgreSQL (the postgres profile), in a database of its own. */
@ActiveProfiles({"test", "postgres"})
class PostgresEventStoreContractTest extends EventStoreContract {

    private static String url;

    /** Before the application starts, so that a missing server skips (or, in CI, fails) with the reason. */
    @BeforeAll
    static void database() {
        url = PostgresTestDatabase.create("casework_test_contract");
    }

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("casework-pg-contract-").toString();
        registry.add("casework.data-dir", () -> dataDir);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
    }
}
