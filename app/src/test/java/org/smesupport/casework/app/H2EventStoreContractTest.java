package org.smesupport.casework.app;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The event-store contract on the embedded default's H2 file database. */
class H2EventStoreContractTest extends EventStoreContract {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("casework-h2-contract-").toString();
        registry.add("casework.data-dir", () -> dataDir);
    }
}
