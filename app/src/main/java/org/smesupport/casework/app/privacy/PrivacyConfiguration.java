package org.smesupport.casework.app.privacy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal fields encrypted per record: the keys beside the events (SQL), else (Axon Server) in the read store; the
 * encryption on the event bus; the decryption in the upcaster chain ({@link DecryptPersonalFields}).
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher() {
        return new PersonalDataCipher();
    }

    @Bean
    RecordKeys recordKeys(@Value("${axon.axonserver.enabled:true}") boolean axonServer,
                          ObjectProvider<JdbcTemplate> jdbc, MongoDatabase readModels, PersonalDataCipher cipher,
                          Clock clock) {
        KeyStore store = axonServer ? new MongoKeyStore(readModels) : new JdbcKeyStore(jdbc.getObject());
        return new RecordKeys(store, cipher, clock);
    }

    /** Every event an aggregate publishes passes the bus before the event store keeps it. */
    @Bean(destroyMethod = "cancel")
    Registration personalFieldsEncryption(EventBus eventBus, RecordKeys keys, PersonalDataCipher cipher) {
        return eventBus.registerDispatchInterceptor(new EncryptPersonalFields(keys, cipher));
    }
}
