package org.smesupport.casework.app.audit.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import org.smesupport.casework.app.CaseworkProperties;
import org.smesupport.casework.app.eventstore.DurableCommits;
import org.smesupport.casework.app.topology.ConditionalOnSide;
import org.smesupport.casework.app.topology.Side;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the SQL event store (the embedded default's H2, PostgreSQL): where events are in a database a
 * person with its password can change. With Axon Server (production profile) there is no such table and no chain:
 * Axon Server's event files are append-only and checksummed by the server itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class AuditChainConfiguration {

    @Bean
    StoredEvents storedEvents(JdbcTemplate jdbc) {
        return new StoredEvents(jdbc);
    }

    @Bean
    ChainTables chainTables(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                            ObjectProvider<DurableCommits> durableCommits) {
        DurableCommits h2 = durableCommits.getIfAvailable();
        return new ChainTables(jdbc, new TransactionTemplate(transactions),
                h2 == null ? () -> { } : h2::enlistCurrentTransaction);
    }

    @Bean
    ChainKey chainKey(@Value("${casework.audit.chain-key:}") String configured, CaseworkProperties properties) {
        return ChainKey.resolve(configured, properties.dataDir());
    }

    /** Sealing the store is the command service's work: it follows the events as they are written. */
    @Bean
    @ConditionalOnSide(Side.COMMAND)
    AuditChainProjection auditChainProjection(StoredEvents events, ChainTables chain, ChainKey key,
                                              @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        return new AuditChainProjection(events, chain, key, zone);
    }

    @Bean
    ExportedEvents exportedEvents(JdbcTemplate jdbc) {
        return new ExportedEvents(jdbc);
    }

    @Bean
    AuditExport auditExport(ChainTables chain, PlatformTransactionManager transactions, ObjectMapper json,
                            Clock clock) {
        return new AuditExport(chain, readOnly(transactions), json, clock);
    }

    @Bean
    AuditChainVerifier auditChainVerifier(StoredEvents events, ChainTables chain, ChainKey key,
                                          PlatformTransactionManager transactions) {
        return new AuditChainVerifier(events, chain, key, readOnly(transactions));
    }

    /** A read-only transaction around a walk of the tables, in which PostgreSQL streams the rows. */
    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly;
    }
}
