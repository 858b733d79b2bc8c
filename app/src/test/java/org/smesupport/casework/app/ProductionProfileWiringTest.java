package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import javax.sql.DataSource;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The docker-compose wiring without Docker: the production profile must put events in Axon Server
 * (here an unreachable address: the connector retries in the background), read models and tokens in
 * the MongoDB named by the URI (here an in-memory wire-protocol server), and build no H2 database
 * and no embedded Mongo server.
 */
@SpringBootTest(classes = CaseworkApplication.class, properties = {
        "axon.axonserver.servers=127.0.0.1:1",
        "logging.level.org.axonframework.axonserver=OFF", "logging.level.io.axoniq=OFF",
        "logging.level.org.axonframework.eventhandling=ERROR",
        "axon.axonserver.token=wiring-test-token"})
@ActiveProfiles("production")
class ProductionProfileWiringTest {

    private static final MongoServer MONGO = ProductionSettings.startMongo();

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        ProductionSettings.freshSecrets(registry);
        registry.add("spring.data.mongodb.uri", () -> MONGO.getConnectionString() + "/casework-prod");
        registry.add("casework.data-dir", () -> System.getProperty("java.io.tmpdir"));
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Test
    void eventsGoToAxonServer() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBeanNamesForType(EventStorageEngine.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
    }

    @Test
    void readModelsAndTokensGoToTheConfiguredMongoDb() {
        assertThat(context.getBeanNamesForType(MongoServer.class)).isEmpty();
        assertThat(context.getBean(MongoDatabase.class).getName()).isEqualTo("casework");
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        // no SQL database beside Axon Server: idempotency keys stay in MongoDB (ADR 0006)
        assertThat(context.containsBean("mongoIdempotencyStore")).isTrue();
        assertThat(context.containsBean("jdbcIdempotencyStore")).isFalse();
    }

    @Test
    void bearerTokensAreVerified() {
        assertThat(context.getBean(JwtDecoder.class)).isNotNull();
    }
}
