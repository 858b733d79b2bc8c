package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Password guessing over HTTP: after the allowed failures a user name, and then the client address,
 * is answered 429 with Retry-After, even with the right password, until the lock has passed; bearer
 * tokens keep working. Its own application (small allowances, a clock the test moves), because the
 * shared end-to-end application must never lock out its clients' address. The clock starts at the
 * real time because bearer tokens are checked against it.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"casework.security.sign-in.max-failures-per-user=3",
                "casework.security.sign-in.max-failures-per-address=6",
                "casework.security.sign-in.lockout=PT30S"})
@ActiveProfiles("test")
@Import(SignInThrottlingEndToEndTest.MovableClock.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingEndToEndTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS),
            ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-throttle-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void guessingLocksTheUserThenTheAddressWithRetryAfterWhileTokensKeepWorking(CapturedOutput log) {
        CLOCK.advance(Duration.ofHours(2)); // whatever another test counted is forgotten
        String token = rest.withBasicAuth("reporter", ApiClient.PASSWORD).postForEntity("/api/auth/token", null,
                JsonNode.class).getBody().get("access_token").asText();

        for (int i = 0; i < 3; i++) {
            assertThat(signIn("caseworker", "wrong-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> locked = signIn("caseworker", ApiClient.PASSWORD);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(locked.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(locked.getBody().get("type").asText()).endsWith("/sign-in-throttled");
        assertThat(log).contains("sign-in failed: user 'caseworker' from 127.0.0.1; locked for 30 s")
                .contains("sign-in refused: user 'caseworker' from 127.0.0.1 is locked for 30 s more");

        assertThat(signIn("supervisor", ApiClient.PASSWORD).getStatusCode()).as("another user")
                .isEqualTo(HttpStatus.OK);
        assertThat(withToken(token).getStatusCode()).as("bearer tokens are not sign-ins").isEqualTo(HttpStatus.OK);

        CLOCK.advance(Duration.ofSeconds(31));
        assertThat(signIn("caseworker", ApiClient.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

        // three more failures from this address, under invented names, make six: the address is locked
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("nobody-" + i, "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> addressLocked = signIn("auditor", ApiClient.PASSWORD);
        assertThat(addressLocked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(addressLocked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 30L);
        assertThat(withToken(token).getStatusCode()).isEqualTo(HttpStatus.OK);

        CLOCK.advance(Duration.ofSeconds(31));
        assertThat(signIn("auditor", ApiClient.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The pages' sign-in form counts and refuses like the API; its counts are forgotten before and after. */
    @Test
    void theFormSignInIsThrottledToo(CapturedOutput log) {
        CLOCK.advance(Duration.ofHours(2));
        PageSession browser = new PageSession(port);
        for (int i = 0; i < 3; i++) {
            assertThat(PageSession.location(browser.signIn("former", "wrong-" + i))).isEqualTo("/login?error");
        }
        HttpResponse<String> locked = browser.signIn("former", "still-wrong");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("30");
        assertThat(locked.body()).contains("30 秒後にもう一度お試しください");
        assertThat(log).contains("sign-in refused: user 'former' from 127.0.0.1 is locked for 30 s more");
        assertThat(PageSession.location(browser.signIn("supervisor", ApiClient.PASSWORD))).as("another user")
                .isEqualTo("/");
        CLOCK.advance(Duration.ofHours(2));
    }

    private ResponseEntity<JsonNode> signIn(String user, String password) {
        return rest.withBasicAuth(user, password).postForEntity("/api/auth/token", null, JsonNode.class);
    }

    private ResponseEntity<JsonNode> withToken(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange("/api/companies", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }
}
