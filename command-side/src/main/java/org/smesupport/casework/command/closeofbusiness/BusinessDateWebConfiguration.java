package org.smesupport.casework.command.closeofbusiness;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The business date on the API's responses. */
@Configuration(proxyBeanMethods = false)
class BusinessDateWebConfiguration implements WebMvcConfigurer {

    private final BusinessCalendar calendar;

    BusinessDateWebConfiguration(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BusinessDateHeader(calendar)).addPathPatterns("/api/**");
    }
}
