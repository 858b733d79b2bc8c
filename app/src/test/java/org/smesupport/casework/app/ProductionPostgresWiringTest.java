package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * docker-compose.postgres.yml's command service without Docker: the production profile's checks and settings, then
 * the postgres profile, which puts the events (and the idempotency keys, the hash chain and the close of business's
 * lock) back in a SQL database, with the read models in the MongoDB named by the URI; serving commands only, it
 * runs the command side's processors and none of the projections.
 */
@SpringBootTest(classes = CaseworkApplication.class, properties = {
        "casework.serves=command", "casework.aggregate-cache.entries=0", "casework.lease.close-of-business.enabled=false",
        "logging.level.org.axonframework.eventhandling=ERROR"})
@ActiveProfiles({"production", "postgres"})
class ProductionPostgresWiringTest {

    private static final MongoServer MONGO = ProductionSettings.startMongo();
    private static String url;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void database() {
        url = PostgresTestDatabase.create("casework_test_production");
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) throws Exception {
        String dataDir = Files.createTempDirectory("casework-production-pg-").toString();
        registry.add("casework.data-dir", () -> dataDir);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("spring.data.mongodb.uri", () -> MONGO.getConnectionString() + "/casework-prod");
        ProductionSettings.freshSecrets(registry);
        registry.add("casework.audit.chain-key", () -> ProductionSettings.randomText(48));
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Test
    void eventsGoToPostgresWithTheirMigrationsAndReadModelsToMongoDb() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(DataSource.class)).isNotNull();
        assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
                .contains("domainevententry", "idempotency_keys", "audit_chain_link", "shedlock");
        assertThat(context.getBeanNamesForType(MongoServer.class)).as("no embedded read store").isEmpty();
        assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("casework");
        assertThat(context.containsBean("jdbcIdempotencyStore")).isTrue();
        assertThat(context.getBean(LockingTaskExecutor.class)).isNotNull();
    }

    @Test
    void aCommandServiceRunsTheCommandSidesProcessorsAndNoProjection() {
        assertThat(context.getBean(EventProcessingConfiguration.class).eventProcessors().keySet())
                .contains("audit-chain", "restructuring-lease-link", "reference-assignment")
                .doesNotContain("consultation-cases", "consultation-statistics", "audit-index", "lease-contracts");
    }
}
