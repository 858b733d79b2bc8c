package org.smesupport.casework.app;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail the ways a bug or an outage does, so the end-to-end tests can see
 * what a client gets then. Scanned into every end-to-end test's context; GET only, so the fuzz test,
 * which posts to every command endpoint, never meets them.
 */
@RestController
class FailingEndpoints {

    static final String THROWS = "/api/test-only/throws";
    static final String SENDS_ERROR = "/api/test-only/sends-error";

    @GetMapping(THROWS)
    String fail() {
        throw new IllegalStateException("a bug");
    }

    @GetMapping(SENDS_ERROR)
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
