package org.smesupport.casework.app.audit.access;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the access log is kept: beside the events in their SQL database, else (Axon Server) in the read store. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    @Bean
    AccessLog accessLog(@Value("${axon.axonserver.enabled:true}") boolean axonServer,
                        ObjectProvider<JdbcTemplate> jdbc, MongoDatabase readModels) {
        return axonServer ? new MongoAccessLog(readModels) : new JdbcAccessLog(jdbc.getObject());
    }
}
