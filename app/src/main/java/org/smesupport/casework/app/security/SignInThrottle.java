package org.smesupport.casework.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address and says how long a locked one must
 * wait. Locks grow: the first lock lasts {@code lockout}, each further failure doubles it, up to
 * {@code maxLockout}. Counts live in memory (a restart forgets them), bounded in number so that a
 * flood of invented user names cannot exhaust the heap.
 */
@Component
class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final SecurityProperties.SignIn policy;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    SignInThrottle(SecurityProperties properties, Clock clock) {
        this.policy = properties.signIn();
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterWrite(policy.forgetAfter())
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** How long this user name or address must still wait, if either is locked. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = remaining(userKey(username), now);
        Duration byAddress = remaining(addressKey(address), now);
        Duration longest = user.compareTo(byAddress) >= 0 ? user : byAddress;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a failed sign-in; returns how long the next attempt must wait (zero when not locked). */
    Duration failed(String username, String address) {
        Instant now = clock.instant();
        Duration user = fail(userKey(username), policy.maxFailuresPerUser(), now);
        Duration byAddress = fail(addressKey(address), policy.maxFailuresPerAddress(), now);
        return user.compareTo(byAddress) >= 0 ? user : byAddress;
    }

    /** A successful sign-in clears the user's count; the address keeps its own. */
    void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    private Duration fail(String key, int allowed, Instant now) {
        Failures updated = failures.asMap().compute(key, (k, earlier) -> {
            int count = earlier == null ? 1 : earlier.count() + 1;
            return new Failures(count, count < allowed ? now : now.plus(lockFor(count - allowed)));
        });
        return Duration.between(now, updated.lockedUntil());
    }

    private Duration lockFor(int failuresBeyondAllowed) {
        Duration lock = policy.lockout();
        for (int i = 0; i < failuresBeyondAllowed && lock.compareTo(policy.maxLockout()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(policy.maxLockout()) < 0 ? lock : policy.maxLockout();
    }

    private Duration remaining(String key, Instant now) {
        Failures current = failures.getIfPresent(key);
        if (current == null || !current.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, current.lockedUntil());
    }

    private static String userKey(String username) {
        // user names are matched without regard to case (InMemoryUserDetailsManager)
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
