package org.smesupport.casework.app.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default keeps events in Axon's JDBC event store on an H2 file database (the
 * DataSource Spring Boot builds from {@code spring.datasource.*}). Axon's auto-configuration creates
 * the engine; this class supplies what it lacks for H2: the schema and the duplicate-key detector.
 * In the Axon Server profile there is no DataSource, no JDBC engine, and none of this is used.
 */
@Configuration(proxyBeanMethods = false)
class JdbcEventStoreConfiguration {

    @Bean
    PersistenceExceptionResolver h2DuplicateKeyResolver() {
        return new H2DuplicateKeyResolver();
    }

    /** Axon does not create its tables; the statements are {@code CREATE TABLE IF NOT EXISTS}. */
    @Bean
    InitializingBean eventTablesCreator(ObjectProvider<EventStorageEngine> engine) {
        return () -> engine.ifAvailable(available -> {
            if (available instanceof JdbcEventStorageEngine jdbc) {
                jdbc.createSchema(new H2EventTableFactory());
            }
        });
    }
}
