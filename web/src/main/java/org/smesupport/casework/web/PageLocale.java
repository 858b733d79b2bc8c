package org.smesupport.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: Japanese first, English second. The switch in the header ({@code ?lang=en}) is kept in a
 * cookie; without one, the browser's {@code Accept-Language} decides, and without that, Japanese. The JSON API
 * keeps answering in the language it did before (the request's own locale) whatever the pages choose.
 */
@Configuration(proxyBeanMethods = false)
class PageLocale implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("casework-lang");
        resolver.setDefaultLocaleFunction(PageLocale::withoutCookie);
        return resolver;
    }

    private static Locale withoutCookie(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader("Accept-Language") != null) {
            return request.getLocale();
        }
        return Locale.JAPANESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
