package org.smesupport.casework.app.idempotency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.common.caching.Cache;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Idempotency keys live with the events: in the event store's SQL database where there is one (the
 * embedded default), in MongoDB beside Axon Server otherwise.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    IdempotencyStore jdbcIdempotencyStore(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                                          Cache aggregateCache, Clock clock) {
        return new JdbcIdempotencyStore(jdbcTemplate, transactionManager, aggregateCache, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
    IdempotencyStore mongoIdempotencyStore(MongoDatabase readModelDatabase, Clock clock) {
        return new MongoIdempotencyStore(readModelDatabase, clock);
    }
}
