package org.smesupport.casework.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class InsecureDefaultsTest {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String STRONG_SECRET = "q3VtR9xZp1LmK7wB4nC8sD2fG6hJ0aE5yU";
    private static final Optional<String> AXON_TOKEN = Optional.of("a1b2c3d4e5f6");

    @Test
    void aStrongConfigurationPasses() {
        assertThat(InsecureDefaults.find(properties(STRONG_SECRET, user("admin", "Kx8!vQ2#mW9z")), PASSWORDS,
                AXON_TOKEN)).isEmpty();
    }

    @Test
    void aMissingShortPublishedOrRepetitiveSecretIsRefused() {
        assertThat(problems("")).singleElement().asString().contains("is not set");
        assertThat(problems("too-short")).singleElement().asString().contains("shorter than 32 bytes");
        assertThat(problems("change-me-to-a-long-random-secret-of-32-bytes")).singleElement().asString()
                .contains("published");
        assertThat(problems("abababababababababababababababababab")).singleElement().asString()
                .contains("not random");
    }

    @Test
    void publishedUnhashedOrNameAsPasswordIsRefused() {
        List<String> problems = InsecureDefaults.find(properties(STRONG_SECRET,
                user("admin", "demo"), user("kato", "kato"), user("sato", "Kx8!vQ2#mW9z"),
                new SecurityProperties.User("plain", "{noop}Kx8!vQ2#mW9z", List.of("ADMIN"))), PASSWORDS, AXON_TOKEN);

        assertThat(problems).containsExactly(
                "The password of user 'admin' is a published default or the user name.",
                "The password of user 'kato' is a published default or the user name.",
                "The password of user 'plain' is not stored as a {bcrypt}, {argon2}, {scrypt} or {pbkdf2} hash.");
    }

    @Test
    void theIssuerWithoutUsersOrAxonServerWithoutTokenIsRefused() {
        assertThat(InsecureDefaults.find(properties(STRONG_SECRET), PASSWORDS, AXON_TOKEN)).singleElement()
                .asString().contains("no users are configured");
        assertThat(InsecureDefaults.find(properties(STRONG_SECRET, user("admin", "Kx8!vQ2#mW9z")), PASSWORDS,
                Optional.of(""))).singleElement().asString().contains("AXONSERVER_TOKEN");
    }

    @Test
    void aMissingOrWeakHashChainKeyIsRefused() {
        assertThat(InsecureDefaults.chainKeyProblem("")).get().asString().startsWith("The hash chain's key")
                .contains("CASEWORK_AUDIT_CHAIN_KEY").contains("is not set");
        assertThat(InsecureDefaults.chainKeyProblem("too-short")).get().asString().contains("shorter than 32 bytes");
        assertThat(InsecureDefaults.chainKeyProblem(STRONG_SECRET)).isEmpty();
    }

    @Test
    void theOperatorIsToldEveryProblemAndWhatToDo() {
        FailureAnalysis analysis = new InsecureDefaultsFailureAnalyzer().analyze(new IllegalStateException(
                new InsecureDefaultsException(List.of("first problem.", "second problem."))));

        assertThat(analysis.getDescription()).contains("  - first problem.\n  - second problem.");
        assertThat(analysis.getAction()).contains(".env.example").contains("openssl rand");
    }

    private static List<String> problems(String secret) {
        return InsecureDefaults.find(properties(secret, user("admin", "Kx8!vQ2#mW9z")), PASSWORDS, AXON_TOKEN);
    }

    private static SecurityProperties properties(String secret, SecurityProperties.User... users) {
        return new SecurityProperties(List.of(users), new SecurityProperties.Issuer(true, secret, Duration.ofHours(8)),
                new SecurityProperties.SignIn(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15),
                        Duration.ofHours(1)), true);
    }

    private static SecurityProperties.User user(String name, String password) {
        return new SecurityProperties.User(name, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(password),
                List.of("ADMIN"));
    }
}
