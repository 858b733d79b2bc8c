package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Tokens signed with the application's own key are still refused unless they carry this issuer, an
 * expiry in the future and their roles as a list of known roles: a leaked key is not the only way
 * in that matters, a forgotten claim must not be one.
 */
class TokenValidationEndToEndTest extends EndToEndTest {

    @Autowired
    JwtEncoder encoder;

    @Test
    void aCompleteTokenIsAccepted() {
        assertThat(get(token(claims -> { })).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTokenWithoutExpiryOrAlreadyExpiredIsRefused() {
        assertThat(get(token(claims -> claims.claims(all -> all.remove("exp")))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertThat(get(token(claims -> claims.issuedAt(past).expiresAt(past.plusSeconds(60)))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenOfAnotherOrNoIssuerIsRefused() {
        assertThat(get(token(claims -> claims.issuer("https://elsewhere.example"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(token(claims -> claims.claims(all -> all.remove("iss")))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void rolesMustBeAListOfKnownRoles() {
        ResponseEntity<JsonNode> asString = get(token(claims -> claims.claim("roles", "ADMIN")));
        assertThat(asString.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(asString.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(get(token(claims -> claims.claim("roles", List.of("ROOT")))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(token(claims -> claims.claims(all -> all.remove("roles")))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String token(Consumer<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("casework")
                .subject("reporter")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("roles", List.of("REPORTER"));
        change.accept(claims);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private ResponseEntity<JsonNode> get(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange("/api/companies", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
