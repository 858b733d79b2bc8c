package org.smesupport.casework.app.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.smesupport.casework.command.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses path variables (ids, fiscal years, projection names) that cannot be an id before a
 * controller sees them: an id becomes an aggregate identifier, a Mongo {@code _id} and part of log
 * lines, so control characters, path separators, {@code ..} and ten-thousand-character ids would
 * end up in the event store or forge log lines.
 */
final class PathIds implements HandlerInterceptor {

    static final int MAX_LENGTH = 100;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}/\\\\]|\\.\\.");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            map.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    private static void check(String name, String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || FORBIDDEN.matcher(value).find()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-path", "Invalid path",
                    "%s must be 1 to %d characters without control characters, '/', '\\' or '..'."
                            .formatted(name, MAX_LENGTH));
            problem.setProperty("field", name);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }
}
