package org.smesupport.casework.web;

import jakarta.servlet.Filter;
import org.smesupport.casework.api.common.PersonalDataReaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;

/**
 * The pages' security: form sign-in with a session and CSRF protection, for the same users and roles as the
 * API (whose bearer-token chain takes {@code /api/**} before this one). Every page needs a signed-in user;
 * what a role may do is the command bus's rule, and a page offers only what the role may do.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {

    /** The name of the filter bean that writes the pages' requests to the application's access log. */
    public static final String PAGE_ACCESS_LOG = "pageAccessLog";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain signInWithAForm(HttpSecurity http,
                                        @Qualifier(PAGE_ACCESS_LOG) ObjectProvider<Filter> accessLog) throws Exception {
        // the application's access log, when it keeps one: refusals and reads of personal information, after the
        // sign-in so that it knows who asked
        accessLog.ifAvailable(filter -> http.addFilterBefore(filter, ExceptionTranslationFilter.class));
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/favicon.ico").permitAll()
                        // maker-checker: only supervisors decide (the command bus checks it is not their own request)
                        .requestMatchers(HttpMethod.POST, "/approvals/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        // the event store's own record of who did what: for auditors, as the audit API is
                        .requestMatchers("/history", "/history/**", "/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        // as the API: a case's timeline holds session notes; a reporter reads lists and reports
                        .requestMatchers(HttpMethod.GET, "/consultations/*", "/consultations/*/**", "/leases/*",
                                "/leases/*/**", "/succession/**")
                        .hasAnyRole(PersonalDataReaders.ROLES.toArray(String[]::new))
                        // as the API: reversing a write-off puts money back on the books, a supervisor's decision
                        .requestMatchers(HttpMethod.POST, "/leases/*/write-off-reversals").hasAnyRole("SUPERVISOR", "ADMIN")
                        // as the API: a correction changes figures the centre may have published, a supervisor decides
                        .requestMatchers(HttpMethod.POST, "/matching/order-requests/*/referrals/*/correction/approve",
                                "/matching/order-requests/*/referrals/*/correction/reject").hasAnyRole("SUPERVISOR", "ADMIN")
                        // as the API: a supervisor closes a fiscal year, only an administrator reopens one
                        .requestMatchers("/fiscal-years", "/fiscal-years/*/close").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/fiscal-years/*/reopen").hasRole("ADMIN")
                        // as the API: the mid-term plan's targets are entered by an administrator
                        .requestMatchers(HttpMethod.POST, "/plans/*/targets").hasRole("ADMIN")
                        // as the API: auditors and reporters read; only staff who do the work record it (sign-out
                        // is the logout filter's, before this)
                        // a search is posted to keep names out of addresses; it records nothing, so every role may
                        .requestMatchers(HttpMethod.POST, "/companies/search").authenticated()
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole("CASEWORKER", "SUPERVISOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .build();
    }
}
