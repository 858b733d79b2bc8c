package org.smesupport.casework.app.topology;

import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What this instance serves, and the request mappings that follow from it. */
@Configuration(proxyBeanMethods = false)
class TopologyConfiguration {

    @Bean
    ServedSides servedSides(Environment environment) {
        return ServedSides.of(environment);
    }

    @Bean
    WebMvcRegistrations sideHandlerMappings(ServedSides served) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new SideHandlerMapping(served);
            }
        };
    }
}
