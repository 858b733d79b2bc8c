package org.smesupport.casework.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casework.security.*}.
 *
 * @param users  the configured users of the embedded default; passwords are stored hashed
 *               ({@code {bcrypt}$2a$...})
 * @param issuer the built-in token issuer: with it on, {@code POST /api/auth/token} exchanges a
 *               user's password for a signed bearer token that this application verifies itself;
 *               off, tokens come from an external OIDC provider
 *               ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 */
@ConfigurationProperties("casework.security")
record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Issuer issuer) {

    record User(String username, String password, List<String> roles) {
    }

    /**
     * @param secret the HMAC key (at least 32 bytes) that signs tokens; when empty a random key is
     *               made at start, so tokens do not outlive a restart
     * @param ttl    how long a token is valid
     */
    record Issuer(@DefaultValue("true") boolean enabled, @DefaultValue("") String secret,
                  @DefaultValue("PT8H") Duration ttl) {
    }
}
