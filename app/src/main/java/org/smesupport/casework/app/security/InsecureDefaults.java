package org.smesupport.casework.app.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Finds settings that would let anyone who has read this repository in: a token secret that is
 * missing, short, not random or published, and users whose password is a published default or is
 * stored unhashed; and a hash chain key that is missing or weak. The production profile refuses to start while any is found
 * ({@link InsecureDefaultsCheck}).
 */
final class InsecureDefaults {

    static final int MIN_SECRET_BYTES = 32;
    private static final int MIN_DISTINCT_SECRET_CHARACTERS = 10;

    /** Secrets printed in this repository's history, documentation or examples. */
    private static final Set<String> PUBLISHED_SECRETS = Set.of(
            "change-me-to-a-long-random-secret-of-32-bytes",
            "production-profile-test-secret-of-32-bytes");

    /** The demo users' password and the first ones anyone tries. */
    private static final List<String> PUBLISHED_PASSWORDS = List.of("demo", "password", "changeme", "admin");

    private static final Pattern HASHED = Pattern.compile("^\\{(bcrypt|argon2|scrypt|pbkdf2)(@SpringSecurity_v5_8)?}.+");

    private InsecureDefaults() {
    }

    /**
     * Every problem found, each a sentence naming the setting; empty when none.
     *
     * @param axonServerToken the token sent to Axon Server, when the events are kept there
     */
    static List<String> find(SecurityProperties properties, PasswordEncoder passwords,
                             Optional<String> axonServerToken) {
        List<String> problems = new ArrayList<>();
        if (axonServerToken.isPresent() && axonServerToken.get().isBlank()) {
            problems.add("The Axon Server token (AXONSERVER_TOKEN, axon.axonserver.token) is not set; Axon Server "
                    + "must run with access control.");
        }
        if (properties.issuer().enabled()) {
            secretProblem("The token secret (CASEWORK_TOKEN_SECRET, casework.security.issuer.secret)",
                    properties.issuer().secret()).ifPresent(problems::add);
            if (properties.users().isEmpty()) {
                problems.add("The built-in token issuer is on but no users are configured "
                        + "(CASEWORK_SECURITY_USERS_0_USERNAME, _PASSWORD, _ROLES_0), so nobody can sign in.");
            }
        }
        for (SecurityProperties.User user : properties.users()) {
            userProblem(user, passwords).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * With the events in a SQL database the hash chain is sealed with this key. Left empty, each instance would make
     * a random one in its own data directory: another instance's seals would not verify, and the key would sit
     * beside the data it protects.
     */
    static Optional<String> chainKeyProblem(String chainKey) {
        return secretProblem("The hash chain's key (CASEWORK_AUDIT_CHAIN_KEY, casework.audit.chain-key)", chainKey);
    }

    private static Optional<String> secretProblem(String setting, String secret) {
        if (secret.isBlank()) {
            return Optional.of(setting + " is not set.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            return Optional.of(setting + " is shorter than " + MIN_SECRET_BYTES + " bytes.");
        }
        if (PUBLISHED_SECRETS.contains(secret)) {
            return Optional.of(setting + " is a value published in this product's repository.");
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT_SECRET_CHARACTERS) {
            return Optional.of(setting + " is not random (fewer than " + MIN_DISTINCT_SECRET_CHARACTERS
                    + " different characters).");
        }
        return Optional.empty();
    }

    private static Optional<String> userProblem(SecurityProperties.User user, PasswordEncoder passwords) {
        String password = user.password() == null ? "" : user.password();
        if (!HASHED.matcher(password).matches()) {
            return Optional.of("The password of user '" + user.username()
                    + "' is not stored as a {bcrypt}, {argon2}, {scrypt} or {pbkdf2} hash.");
        }
        List<String> guesses = new ArrayList<>(PUBLISHED_PASSWORDS);
        guesses.add(user.username());
        for (String guess : guesses) {
            if (passwords.matches(guess, password)) {
                return Optional.of("The password of user '" + user.username()
                        + "' is a published default or the user name.");
            }
        }
        return Optional.empty();
    }
}
