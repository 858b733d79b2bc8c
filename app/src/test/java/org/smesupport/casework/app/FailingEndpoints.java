package org.smesupport.casework.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only endpoints (and a filter) that fail the ways a bug or an outage does, so the end-to-end
 * tests can see what a client gets then. Scanned into every end-to-end test's context; GET only, so
 * the fuzz test, which posts to every command endpoint, never meets them.
 */
@RestController
class FailingEndpoints {

    static final String THROWS = "/api/test-only/throws";
    static final String SENDS_ERROR = "/api/test-only/sends-error";
    static final String FILTER_THROWS = "/api/test-only/filter-throws";

    @GetMapping(THROWS)
    String fail() {
        throw new IllegalStateException("a bug");
    }

    @GetMapping(SENDS_ERROR)
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** Fails outside Spring MVC, where no controller advice sees it: the container's error page answers. */
    @Component
    static class FailingFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !FILTER_THROWS.equals(request.getRequestURI());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
            throw new IllegalStateException("a filter's bug");
        }
    }
}
