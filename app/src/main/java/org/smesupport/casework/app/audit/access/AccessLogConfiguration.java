package org.smesupport.casework.app.audit.access;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.smesupport.casework.app.eventstore.DurableCommits;
import org.smesupport.casework.web.PageSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the access log is kept: beside the events in their SQL database, else (Axon Server) in the read store. */
@Configuration(proxyBeanMethods = false)
class AccessLogConfiguration {

    @Bean
    AccessLog accessLog(@Value("${axon.axonserver.enabled:true}") boolean axonServer,
                        ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<DurableCommits> durableCommits,
                        MongoDatabase readModels) {
        if (axonServer) {
            return new MongoAccessLog(readModels);
        }
        DurableCommits h2 = durableCommits.getIfAvailable();
        return new JdbcAccessLog(jdbc.getObject(), h2 == null ? Runnable::run : h2::commitDurably);
    }

    /**
     * The pages' access log filter, which the pages' security chain places after its sign-in. Not registered as a
     * servlet filter of its own: outside the chain it would not know who asked.
     */
    @Bean(PageSecurity.PAGE_ACCESS_LOG)
    AccessLogFilter pageAccessLog(AccessLog log, Clock clock) {
        return new AccessLogFilter(log, clock, AccessLogFilter.PAGE_PERSONAL_READS);
    }

    @Bean
    FilterRegistrationBean<AccessLogFilter> pageAccessLogOnlyInItsChain(
            @Qualifier(PageSecurity.PAGE_ACCESS_LOG) AccessLogFilter filter) {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
