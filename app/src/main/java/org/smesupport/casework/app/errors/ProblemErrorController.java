package org.smesupport.casework.app.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.command.web.Problems;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}): what a filter threw, or an error status
 * sent outside Spring MVC, as a problem document like every other refusal, instead of Spring Boot's
 * own JSON. A 5xx is logged here in one line (Tomcat has logged a thrown exception with its trace);
 * the controllers' failures never get here, {@code ProblemDetailAdvice} answers and logs those.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            // Tomcat has logged a thrown exception with its trace already (StandardWrapperValve)
            Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Request failed with {}: {} {}", thrown == null ? status.value() : thrown.getClass().getName(),
                    request.getMethod(), uri);
            problem = Problems.of(status, "internal-error", "Internal error",
                    "The request could not be carried out; the error has been logged.");
        } else {
            problem = Problems.of(status, "http-" + status.value(), status.getReasonPhrase(),
                    "The request was refused: " + status.getReasonPhrase() + ".");
        }
        if (uri instanceof String path) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
