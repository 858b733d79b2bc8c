package org.smesupport.casework.query;

import org.smesupport.casework.projection.ReadModelRebuilds;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RebuildNotice} on the query endpoints. */
@Configuration(proxyBeanMethods = false)
class RebuildNoticeConfiguration implements WebMvcConfigurer {

    private final ReadModelRebuilds rebuilds;

    RebuildNoticeConfiguration(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RebuildNotice(rebuilds)).addPathPatterns("/api/**");
    }
}
