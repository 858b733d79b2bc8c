package org.smesupport.casework.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.app.CaseworkApplication;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.admin.ProjectionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo history goes through the real command path, every command accepted, and loads only once. */
@SpringBootTest(classes = CaseworkApplication.class, properties = {
        "casework.demo-data.enabled=true", "casework.demo-data.cases-per-year=30", "casework.demo-data.fiscal-years=3"})
@ActiveProfiles("test")
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionAdministration projections;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-demo-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void loadsTheHistoryOnceAndTheProjectionsCatchUp() {
        assertThat(eventStore.lastSequenceNumberFor(DemoHistory.FIRST_COMPANY.value())).isPresent();
        long head = projections.headPosition();
        assertThat(head).as("companies, cases, sessions, closures").isGreaterThan(200);

        loader.run(null);

        assertThat(projections.headPosition()).as("a second run stores nothing").isEqualTo(head);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> projections.statuses().stream()
                .allMatch(status -> status.position() >= head && !status.error()));
        assertThat(projections.statuses()).extracting(ProjectionStatus::name)
                .contains("companies", "consultation-cases", "consultation-statistics");
    }
}
