package org.smesupport.casework.app.axon;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.smesupport.casework.projection.EventIsolation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dead letters for the processors with {@code axon.eventhandling.processors.<name>.dlq.enabled: true}
 * (every read model; not the lease link, which sends commands and keeps stop-and-retry).
 * <ul>
 * <li>Stored by axon-mongo's {@link MongoSequencedDeadLetterQueue} in the read-model database (collection
 * {@code deadletters}), next to the read models and the tokens, so the three are backed up and restored
 * together. This bean replaces Axon's JDBC dead-letter provider, which would otherwise put them in H2.</li>
 * <li>Axon's sequence-identifier cache: a processor checks the queue for every event's sequence (its
 * aggregate), which would be a Mongo query per event; with the cache a processor that started with an
 * empty queue asks Mongo only about sequences it has parked itself, so replays keep their speed.</li>
 * <li>Resettable: a replay empties the processor's queue, since it delivers every event again and parks
 * again whatever still fails.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties processors, MongoDatabase readModelDatabase) {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(readModelDatabase).build();
        return new DeadLetterQueueProviderConfigurerModule(processors, processingGroup -> configuration ->
                new IdempotentDeadLetterQueue(MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .mongoTemplate(template)
                        .serializer(configuration.serializer())
                        .build()));
    }

    @Bean
    ConfigurerModule deadLetteringInvokers(EventProcessorProperties processors, EventIsolation isolation) {
        return configurer -> processors.getProcessors().forEach((name, settings) -> {
            if (settings.getDlq().isEnabled()) {
                configurer.eventProcessing()
                        .registerDeadLetterPolicy(name, configuration -> new ProjectionDeadLetterPolicy(isolation))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(name, (configuration, invoker) -> invoker
                                .enableSequenceIdentifierCache()
                                .allowReset(true));
            }
        });
    }
}
