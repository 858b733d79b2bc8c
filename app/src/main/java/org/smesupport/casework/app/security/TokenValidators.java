package org.smesupport.casework.app.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/**
 * What every bearer token must carry, whoever issued it: an expiry, and its roles as a list of
 * this product's roles. Spring Boot adds these validators to the decoder it builds for an external
 * OIDC provider; the built-in issuer's decoder adds them itself ({@link TokenIssuerConfiguration}).
 * Without them a token with no {@code exp} never expires, and {@code "roles":"ADMIN"} (a string)
 * would be split into authorities by Spring's default converter.
 */
@Configuration(proxyBeanMethods = false)
class TokenValidators {

    static final String ROLES = "roles";

    private static final Set<String> KNOWN_ROLES = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    @Bean
    OAuth2TokenValidator<Jwt> expiryRequired() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    @Bean
    OAuth2TokenValidator<Jwt> rolesAreAListOfKnownRoles() {
        return new JwtClaimValidator<Object>(ROLES, TokenValidators::isListOfKnownRoles);
    }

    static boolean isListOfKnownRoles(Object claim) {
        return claim instanceof List<?> roles && roles.stream().allMatch(KNOWN_ROLES::contains);
    }
}
