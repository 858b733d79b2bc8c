package org.smesupport.casework.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.smesupport.casework.api.common.AcceptedDates;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * MockMvc over one controller and the problem-detail advice, without a Spring context: request
 * binding, validation and error documents, but not security (the app's end-to-end tests cover it).
 * Bodies are read as the application reads them: strictly, with dates from 1990-04-01 to the end
 * of FY2056 (thirty years after the fixed 2026-11-28).
 */
public final class CommandApi {

    public static final AcceptedDates DATES = new AcceptedDates(LocalDate.of(1990, 4, 1), 30,
            Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private CommandApi() {
    }

    public static MockMvc over(Object controller) {
        ObjectMapper base = Jackson2ObjectMapperBuilder.json().build();
        return MockMvcBuilders.standaloneSetup(controller)
                .setMessageConverters(new MappingJackson2HttpMessageConverter(StrictJson.mapper(base, DATES)))
                .setControllerAdvice(new ProblemDetailAdvice(refusals())).build();
    }

    /** The refusals bundles as the application's message source reads them. */
    static MessageSource refusals() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("refusals");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
