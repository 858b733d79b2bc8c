package org.smesupport.casework.app.security;

import static org.smesupport.casework.app.security.Role.ADMIN;
import static org.smesupport.casework.app.security.Role.AUDITOR;
import static org.smesupport.casework.app.security.Role.CASEWORKER;
import static org.smesupport.casework.app.security.Role.SUPERVISOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.smesupport.casework.api.common.PersonalDataReaders;
import org.smesupport.casework.app.audit.access.AccessLog;
import org.smesupport.casework.app.audit.access.AccessLogFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every endpoint but health and the API documentation needs an authenticated user. Clients send
 * either HTTP Basic (convenient, but bcrypt costs tens of milliseconds a request) or a bearer
 * token from {@code POST /api/auth/token} or an external OIDC provider. Roles decide what a user
 * may do: caseworkers, supervisors and admins issue commands; every role reads; admins run
 * replays; auditors read audit trails. Failed password sign-ins are throttled per user name and
 * per client address ({@link SignInThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The API, its documentation, the actuator and the error dispatch; the web pages' form sign-in is a chain of
     * its own, after this one, for every other path.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationHandlers problems, SignInThrottle throttle,
                                    ObjectMapper objectMapper, AccessLog accessLog, Clock clock) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/error")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        // the container's error page for a request that was already authorised or
                        // refused: denying it turned every server error into a 403 "may not POST /error"
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").authenticated()
                        .requestMatchers("/api/admin/**").hasRole(ADMIN.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR.name(), ADMIN.name())
                        // bringing in a centre's earlier books writes history in bulk: administrators only
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole(ADMIN.name())
                        // a case's timeline holds session notes and who gave them, a lease's decisions the
                        // supervisors' comments, succession records the deals' parties by name: the staff who work
                        // the cases and auditors; a reporter reads the lists and the reports
                        .requestMatchers(HttpMethod.GET, "/api/leases/portfolio").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/consultations/*", "/api/consultations/*/**",
                                "/api/leases/*", "/api/leases/*/**", "/api/succession/**")
                        .hasAnyRole(PersonalDataReaders.ROLES.toArray(String[]::new))
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // maker-checker: only supervisors decide what moves money off the books or grants it, and what
                        // changes published figures
                        .requestMatchers(HttpMethod.POST, "/api/leases/*/deferrals/*/approve",
                                "/api/leases/*/deferrals/*/reject", "/api/leases/*/write-offs/*/approve",
                                "/api/leases/*/write-offs/*/reject", "/api/leases/*/write-offs/*/reverse",
                                "/api/leases/*/interest-subsidies/*/approve",
                                "/api/leases/*/interest-subsidies/*/reject", "/api/leases/*/arrears-lifts/*/approve",
                                "/api/leases/*/arrears-lifts/*/reject",
                                "/api/matching/order-requests/*/referrals/*/correction/approve",
                                "/api/matching/order-requests/*/referrals/*/correction/reject",
                                "/api/leases/close-of-business", "/api/fiscal-years/*/close")
                        .hasAnyRole(SUPERVISOR.name(), ADMIN.name())
                        // a closed year's figures are final: only an administrator reopens one
                        .requestMatchers(HttpMethod.POST, "/api/fiscal-years/*/reopen").hasRole(ADMIN.name())
                        // the mid-term plan's targets are the board's: an administrator enters them
                        .requestMatchers(HttpMethod.POST, "/api/plans/*/targets").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole(CASEWORKER.name(), SUPERVISOR.name(), ADMIN.name())
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .anyRequest().denyAll())
                .addFilterBefore(new SignInThrottleFilter(throttle, objectMapper, accessLog, clock),
                        BasicAuthenticationFilter.class)
                // after the sign-in, so that it knows who asked; around the refusals by role
                .addFilterBefore(new AccessLogFilter(accessLog, clock, AccessLogFilter.API_PERSONAL_READS),
                        ExceptionTranslationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(jwt -> jwt.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /**
     * The same throttle before the web pages' form sign-in, ahead of Spring Security's filters (whose page chain the
     * web module owns), so that a locked user or address is refused before its password is checked.
     */
    @Bean
    FilterRegistrationBean<SignInThrottleFilter> formSignInThrottle(SignInThrottle throttle, ObjectMapper objectMapper,
                                                                    AccessLog accessLog, Clock clock) {
        FilterRegistrationBean<SignInThrottleFilter> registration =
                new FilterRegistrationBean<>(new SignInThrottleFilter(throttle, objectMapper, accessLog, clock));
        registration.addUrlPatterns(SignInThrottleFilter.FORM_SIGN_IN);
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (SecurityProperties.User user : properties.users()) {
            user.roles().forEach(Role::valueOf);
            manager.createUser(User.withUsername(user.username())
                    .password(user.password())
                    .roles(user.roles().toArray(String[]::new))
                    .build());
        }
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
