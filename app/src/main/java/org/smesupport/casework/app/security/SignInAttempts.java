package org.smesupport.casework.app.security;

import static org.smesupport.casework.app.security.SignInThrottleFilter.SECURITY_LOG;

import java.time.Duration;
import org.springframework.context.event.EventListener;
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

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
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
