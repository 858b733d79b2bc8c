package org.smesupport.casework.app.security;

import static org.smesupport.casework.app.security.SignInThrottleFilter.SECURITY_LOG;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.MDC;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.app.audit.access.AccessLog;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds password sign-ins (Spring Security's authentication events) to the throttle and writes
 * each failure to the {@code casework.security} log, where operators watch for guessing.
 */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;
    private final AccessLog accessLog;
    private final Clock clock;

    SignInAttempts(SignInThrottle throttle, AccessLog accessLog, Clock clock) {
        this.throttle = throttle;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String address = address(attempt);
        Duration locked = throttle.failed(attempt.getName(), address);
        if (locked.isZero()) {
            SECURITY_LOG.warn("sign-in failed: user '{}' from {}", attempt.getName(), address);
        } else {
            SECURITY_LOG.warn("sign-in failed: user '{}' from {}; locked for {} s", attempt.getName(), address,
                    locked.toSeconds());
        }
        accessLog.record(new AccessEntry(clock.instant(), AccessKind.SIGN_IN_FAILED, attempt.getName(), null, null,
                null, HttpStatus.UNAUTHORIZED.value(), locked.isZero() ? "wrong user name or password"
                : "wrong user name or password; locked for " + locked.toSeconds() + " s", MDC.get("correlationId"),
                address));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
