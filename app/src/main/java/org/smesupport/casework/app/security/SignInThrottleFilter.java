package org.smesupport.casework.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a password sign-in (HTTP Basic) for a locked user name or address with 429 and
 * {@code Retry-After}, before the password is checked: a locked account is not a free oracle for
 * guessing. Requests without Basic credentials pass untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final Logger SECURITY_LOG = LoggerFactory.getLogger("casework.security");

    private final SignInThrottle throttle;
    private final ObjectMapper objectMapper;
    private final BasicAuthenticationConverter credentials = new BasicAuthenticationConverter();

    SignInThrottleFilter(SignInThrottle throttle, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = username(request);
        Optional<Duration> wait = username.flatMap(user -> throttle.waitFor(user, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        SECURITY_LOG.warn("sign-in refused: user '{}' from {} is locked for {} s more", username.get(),
                request.getRemoteAddr(), seconds);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this user or from this address; try again in " + seconds + " s.");
        problem.setTitle("Too many failed sign-ins");
        problem.setType(URI.create("https://smesupport.example/problems/sign-in-throttled"));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private Optional<String> username(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken token = credentials.convert(request);
            return token == null ? Optional.empty() : Optional.of(token.getName());
        } catch (BadCredentialsException malformed) {
            // a malformed Basic header: BasicAuthenticationFilter refuses it with 401
            return Optional.empty();
        }
    }
}
