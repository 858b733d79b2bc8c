package org.smesupport.casework.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.app.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final SignInThrottle throttle = new SignInThrottle(new SecurityProperties(List.of(),
            new SecurityProperties.Issuer(true, "", Duration.ofHours(8)),
            new SecurityProperties.SignIn(3, 5, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1)),
            false), clock);

    @Test
    void aUserIsLockedAfterTheAllowedFailuresForLongerWithEveryFurtherFailure() {
        assertThat(throttle.failed("kato", "10.0.0.1")).isZero();
        assertThat(throttle.failed("kato", "10.0.0.2")).isZero();
        assertThat(throttle.waitFor("kato", "10.0.0.3")).isEmpty();

        assertThat(throttle.failed("Kato", "10.0.0.3")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("KATO", "10.0.0.4")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("sato", "10.0.0.4")).isEmpty();

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.waitFor("kato", "10.0.0.4")).isEmpty();
        assertThat(throttle.failed("kato", "10.0.0.4")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.failed("kato", "10.0.0.5")).isEqualTo(Duration.ofSeconds(120));
        assertThat(throttle.failed("kato", "10.0.0.6")).as("capped").isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void anAddressIsLockedAfterItsOwnAllowanceWhateverTheUserNames() {
        for (int i = 1; i < 5; i++) {
            assertThat(throttle.failed("user" + i, "10.0.0.9")).isZero();
        }
        assertThat(throttle.failed("user5", "10.0.0.9")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone-else", "10.0.0.9")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone-else", "10.0.0.10")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsersCountButNotTheAddresss() {
        throttle.failed("kato", "10.0.0.1");
        throttle.failed("kato", "10.0.0.1");
        throttle.succeeded("kato");
        assertThat(throttle.failed("kato", "10.0.0.1")).isZero();
        throttle.failed("sato", "10.0.0.1");
        assertThat(throttle.failed("ito", "10.0.0.1")).as("fifth failure from the address").isPositive();
    }

    @Test
    void countsAreForgottenAfterAQuietPeriod() {
        throttle.failed("kato", "10.0.0.1");
        throttle.failed("kato", "10.0.0.1");
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(throttle.failed("kato", "10.0.0.1")).isZero();
    }
}
