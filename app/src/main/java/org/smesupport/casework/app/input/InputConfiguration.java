package org.smesupport.casework.app.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.command.web.StrictJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the API accepts: dates within {@link DateProperties}, JSON bodies read strictly, and ids in
 * paths that are plain tokens.
 *
 * <p>The strict reader is a copy of the application's {@link ObjectMapper} used by Spring MVC only.
 * The application's own mapper stays lenient, and Axon reads stored events with it: an event
 * stored before a field was removed, or with a date outside today's range, must still load.
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

    @Bean
    AcceptedDates acceptedDates(DateProperties properties, Clock clock) {
        return new AcceptedDates(properties.earliest(), properties.latestYearsAhead(), clock);
    }

    @Bean
    MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper objectMapper, AcceptedDates acceptedDates) {
        return new MappingJackson2HttpMessageConverter(StrictJson.mapper(objectMapper, acceptedDates));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PathIds()).addPathPatterns("/api/**");
    }
}
