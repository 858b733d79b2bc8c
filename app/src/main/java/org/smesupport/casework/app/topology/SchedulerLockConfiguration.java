package org.smesupport.casework.app.topology;

import com.mongodb.client.MongoDatabase;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Locks for work that must run on one instance at a time however many command services run (the close of
 * business). A lock is a row in the event store's database (Flyway's {@code shedlock} table), timed by the
 * database's clock so that instances whose clocks differ agree; with Axon Server, where there is no SQL database, a
 * document in the read store. Its holder extends it while it works; if the holder dies, the lock lapses after the
 * time its user gives and another instance takes the work over.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerLockConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService lockKeepAlive() {
        return Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("lock-keep-alive-"));
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(ObjectProvider<DataSource> dataSource, MongoDatabase readModelDatabase,
                                            ScheduledExecutorService lockKeepAlive) {
        DataSource sql = dataSource.getIfAvailable();
        ExtensibleLockProvider locks = sql != null
                ? new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(sql))
                        .usingDbTime()
                        .build())
                : new MongoLockProvider(readModelDatabase);
        return new DefaultLockingTaskExecutor(new KeepAliveLockProvider(locks, lockKeepAlive));
    }
}
