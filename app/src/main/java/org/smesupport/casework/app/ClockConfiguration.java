package org.smesupport.casework.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place the application reads the wall clock; tests replace this bean with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(CaseworkProperties properties) {
        return Clock.system(properties.zone());
    }
}
