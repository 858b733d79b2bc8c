package org.smesupport.casework.app.eventstore;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Without Axon Server, events live in Axon's JDBC event store on the DataSource Spring Boot builds
 * from {@code spring.datasource.*}: an H2 file database (the embedded default) or PostgreSQL (the
 * {@code postgres} profile). The tables are Flyway migrations ({@code db/migration/<database>}). This
 * replaces Axon's auto-configured engine to supply a duplicate-key detector, a larger fetch batch and,
 * for H2, durable commits and a tracking query H2 can answer from its index. With Axon Server enabled
 * (production profile) none of this exists and Axon Server stores the events.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class JdbcEventStoreConfiguration {

    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new UniqueViolationResolver();
    }

    /**
     * Axon's auto-configured event store, except that a processor that found nothing new looks again
     * after 100 ms instead of a second. Axon wakes the processors when a command's unit of work
     * commits; a command sent with an {@code Idempotency-Key} runs inside the request's transaction
     * (JdbcIdempotencyStore), which commits after that point, so only the next poll finds its events.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(100)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * Same settings as Axon's auto-configuration, plus the unique-violation detector and a fetch batch of
     * {@code casework.event-store.batch-size} events (Axon's 100 makes replays and long aggregates take
     * many round trips); on H2 also {@link DurableCommits} and the H2 gap query. A database server
     * (PostgreSQL) needs neither: a commit returns once its write-ahead log is on disk
     * ({@code synchronous_commit} on, the server's default), so Axon's engine is durable as it is.
     */
    @Bean
    @DependsOnDatabaseInitialization
    EventStorageEngine eventStorageEngine(@Qualifier("serializer") Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver uniqueViolationResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Value("${casework.event-store.batch-size:1000}") int batchSize,
                                          ObjectProvider<DurableCommits> h2DurableCommits,
                                          PlatformTransactionManager platformTransactionManager) {
        JdbcEventStorageEngine.Builder engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(uniqueViolationResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .batchSize(batchSize);
        DurableCommits durableCommits = h2DurableCommits.getIfAvailable();
        if (durableCommits == null) {
            return engine.build();
        }
        return new DurableJdbcEventStorageEngine(
                engine.readEventDataWithGaps(H2TrackedEventStatements::readEventDataWithGaps),
                durableCommits, platformTransactionManager);
    }

    /**
     * The embedded default: H2 acknowledges a commit before it is on disk, so {@link DurableCommits} waits.
     * (Component scanning finds a nested configuration by itself, so it repeats the Axon Server condition.)
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:')")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    static class H2DurableCommits {

        /**
         * H2 writes commits to its file up to a second late; see {@link DurableCommits}. With
         * {@code casework.event-store.sync=true} every checkpoint is also forced to the device.
         */
        @Bean(destroyMethod = "close")
        DurableCommits durableCommits(DataSourceProperties dataSource,
                                      @Value("${casework.event-store.sync:true}") boolean sync) throws SQLException {
            return new DurableCommits(DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword()), sync);
        }
    }
}
