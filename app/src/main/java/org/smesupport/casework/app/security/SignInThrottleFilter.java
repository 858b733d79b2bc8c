package org.smesupport.casework.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.app.audit.access.AccessLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a password sign-in for a locked user name or address with 429 and {@code Retry-After}, before the
 * password is checked: a locked account is not a free oracle for guessing. Two kinds of sign-in: HTTP Basic (the
 * API; the answer is a problem document) and the web pages' form ({@code POST /login}; the answer is a short
 * page). Other requests pass untouched.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final Logger SECURITY_LOG = LoggerFactory.getLogger("casework.security");

    /** Where the pages' sign-in form posts (Spring Security's form login). */
    static final String FORM_SIGN_IN = "/login";
    private static final String LOCKED_PAGE = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="UTF-8"><title>サインインできません</title></head>
            <body><main><h1>サインインできません</h1>
            <p>サインインの失敗が続いたため、%d 秒後にもう一度お試しください。</p>
            <p lang="en">Too many failed sign-ins for this user or from this address; try again in %d s.</p>
            <p><a href="/login">サインインへ戻る / Back to sign-in</a></p></main></body></html>
            """;

    private final SignInThrottle throttle;
    private final ObjectMapper objectMapper;
    private final AccessLog accessLog;
    private final Clock clock;
    private final BasicAuthenticationConverter credentials = new BasicAuthenticationConverter();

    SignInThrottleFilter(SignInThrottle throttle, ObjectMapper objectMapper, AccessLog accessLog, Clock clock) {
        this.throttle = throttle;
        this.objectMapper = objectMapper;
        this.accessLog = accessLog;
        this.clock = clock;
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
        accessLog.record(new AccessEntry(clock.instant(), AccessKind.SIGN_IN_THROTTLED, username.get(), null,
                request.getMethod(), request.getRequestURI(), HttpStatus.TOO_MANY_REQUESTS.value(),
                "locked for " + seconds + " s more", MDC.get("correlationId"), request.getRemoteAddr()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this user or from this address; try again in " + seconds + " s.");
        problem.setTitle("Too many failed sign-ins");
        problem.setType(URI.create("https://smesupport.example/problems/sign-in-throttled"));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (isFormSignIn(request)) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(LOCKED_PAGE.formatted(seconds, seconds));
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && FORM_SIGN_IN.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private Optional<String> username(HttpServletRequest request) {
        if (isFormSignIn(request)) {
            return Optional.ofNullable(request.getParameter("username")).filter(name -> !name.isBlank());
        }
        try {
            UsernamePasswordAuthenticationToken token = credentials.convert(request);
            return token == null ? Optional.empty() : Optional.of(token.getName());
        } catch (BadCredentialsException malformed) {
            // a malformed Basic header: BasicAuthenticationFilter refuses it with 401
            return Optional.empty();
        }
    }
}
