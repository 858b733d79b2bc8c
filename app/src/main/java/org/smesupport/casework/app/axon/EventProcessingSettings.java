package org.smesupport.casework.app.axon;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' processors run.
 * <ul>
 * <li>No SQL transaction: read models and tokens live in MongoDB, which the event store's
 * transaction cannot cover. Without a transaction manager a tracking processor stores its token
 * after the batch's read-model writes instead of before them, so a failed write is retried rather
 * than skipped.</li>
 * <li>A handler that throws stops the processor (visible in {@code GET /api/admin/projections}) and
 * the batch is retried, instead of Axon's default of logging and moving on, which would silently
 * leave a read model short of an event.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingSettings {

    @Bean
    ConfigurerModule projectionProcessingSettings() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultTransactionManager(c -> NoTransactionManager.instance())
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
