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
 * @param signIn  how failed sign-ins are throttled
 * @param refuseInsecureDefaults refuse to start with a missing, short or published token secret or
 *               a user whose password is published (on in the production profile)
 */
@ConfigurationProperties("casework.security")
record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Issuer issuer, @DefaultValue SignIn signIn,
                          @DefaultValue("false") boolean refuseInsecureDefaults) {

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

    /**
     * After {@code maxFailuresPerUser} failed sign-ins in a row for a user name, or
     * {@code maxFailuresPerAddress} from one client address, further attempts are refused (429) for
     * {@code lockout}, doubling with every further failure up to {@code maxLockout}. Counts are
     * forgotten {@code forgetAfter} the last failure; a successful sign-in clears the user's count.
     */
    record SignIn(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
                  @DefaultValue("PT30S") Duration lockout, @DefaultValue("PT15M") Duration maxLockout,
                  @DefaultValue("PT1H") Duration forgetAfter) {
    }
}
