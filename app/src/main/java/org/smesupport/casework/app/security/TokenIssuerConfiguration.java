package org.smesupport.casework.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The embedded default issues and verifies its own HMAC-signed tokens, so that clients pay the
 * bcrypt price once per session instead of once per request. Production switches this off and
 * points Spring's resource server at the organisation's OIDC provider instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casework.security.issuer.enabled", havingValue = "true", matchIfMissing = true)
class TokenIssuerConfiguration {

    private static final int MIN_KEY_BYTES = 32;

    @Bean
    SecretKey tokenSigningKey(SecurityProperties properties) {
        byte[] key = properties.issuer().secret().getBytes(StandardCharsets.UTF_8);
        if (key.length == 0) {
            key = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(key);
        } else if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("casework.security.issuer.secret must be at least 32 bytes");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
    }

    /** Accepts only tokens of this issuer: its signature, {@code iss}, a current {@code exp}, valid roles. */
    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenSigningKey, List<OAuth2TokenValidator<Jwt>> validators) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>(validators);
        all.add(JwtValidators.createDefaultWithIssuer(TokenController.ISSUER));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(all));
        return decoder;
    }
}
