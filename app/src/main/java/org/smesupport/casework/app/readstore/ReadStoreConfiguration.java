package org.smesupport.casework.app.readstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.smesupport.casework.app.CaseworkProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Read models and the tracking tokens of the processors that build them live in the same MongoDB
 * database, so a read model and its position are stored, backed up and restored together.
 */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfiguration {

    @Bean
    MongoDatabase readModelDatabase(MongoClient mongoClient, CaseworkProperties properties) {
        return mongoClient.getDatabase(properties.mongo().database());
    }

    @Bean
    StoredTokens storedTokens(MongoDatabase readModelDatabase, @Qualifier("serializer") Serializer serializer) {
        return new StoredTokens(readModelDatabase, serializer);
    }

    /**
     * On the embedded default one process owns the data directory (H2 locks its files), so its token
     * claims carry a fixed owner: after a crash the restarted process takes its tokens back at once
     * instead of waiting for the dead process's claims to time out.
     */
    @Bean
    TokenStore tokenStore(MongoDatabase readModelDatabase, @Qualifier("serializer") Serializer serializer,
                          CaseworkProperties properties) {
        MongoTokenStore.Builder builder = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(readModelDatabase).build())
                .serializer(serializer)
                .claimTimeout(StoredTokens.CLAIM_TIMEOUT);
        if (properties.mongo().embedded()) {
            builder.nodeId("embedded-default");
        }
        return builder.build();
    }
}
