package org.smesupport.casework.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.common.CommandFailures;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every request the API cannot carry out with an RFC 9457 problem document: 400 for input
 * that cannot be read or is invalid, 422 for a refused command, 404 for an unknown id, 409 for a
 * lost race or a taken id. Applies to the query side's controllers too. Only failures we do not
 * recognise are 500s, and only those are logged, with their stack trace: a refusal is the client's
 * business, and logging it would let any caller fill the log.
 */
@RestControllerAdvice
class ProblemDetailAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailAdvice.class);

    private final MessageSource refusals;

    ProblemDetailAdvice(MessageSource refusals) {
        this.refusals = refusals;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        exception.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.");
        problem.setProperty("errors", errors);
        return badRequest(exception, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        UnreadableBody unreadable = UnreadableBody.of(exception);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                unreadable.detail());
        if (unreadable.field() != null) {
            problem.setProperty("field", unreadable.field());
        }
        return badRequest(exception, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName();
        String expected = exception.getRequiredType() == null ? "another value" : exception.getRequiredType().getSimpleName();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                "'%s' is not accepted for %s; expected %s.".formatted(exception.getValue(), field, expected));
        problem.setProperty("field", field);
        return badRequest(exception, problem, headers, request);
    }

    @ExceptionHandler({
            CommandExecutionException.class,
            BusinessRuleViolation.class,
            AggregateNotFoundException.class,
            ConflictingAggregateVersionException.class,
            ConcurrencyException.class,
            AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> handleCommandFailure(Exception exception, HttpServletRequest request) {
        ProblemDetail problem = CommandFailures.of(exception)
                .flatMap(failure -> problemFor(failure, detail(failure, request))).orElse(null);
        if (problem == null) {
            return handleUnexpected(exception, request);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Work that must see every record was asked for while a read model is catching up: try again later. */
    @ExceptionHandler(ReadModelNotCurrent.class)
    ResponseEntity<ProblemDetail> handleReadModelNotCurrent(ReadModelNotCurrent exception, HttpServletRequest request) {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "read-model-not-current", "Read model not current",
                exception.getMessage());
        problem.setProperty("readModel", exception.readModel());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, "10").body(problem);
    }

    /** A bug or an outage, never the client's fault: a 500 the monitoring sees, logged once with its trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception exception, HttpServletRequest request) {
        log.error("Request failed: {} {}", request.getMethod(), request.getRequestURI(), exception);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be carried out; the error has been logged.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * The refusal in Japanese when the request's Accept-Language prefers Japanese to English, else in English
     * as the command side wrote it: a client that sends no Accept-Language gets the text it always got.
     */
    private String detail(CommandFailure failure, HttpServletRequest request) {
        if (failure.code() == null || !Languages.prefersJapanese(request)) {
            return failure.message();
        }
        return refusals.getMessage(new DefaultMessageSourceResolvable(new String[] {failure.code()},
                failure.arguments().toArray(), failure.message()), Locale.JAPANESE);
    }

    /** Empty for a kind this version does not know (sent by a newer service), which is then a 500. */
    private static Optional<ProblemDetail> problemFor(CommandFailure failure, String detail) {
        ProblemDetail problem = switch (failure.kind()) {
            case CommandFailure.RULE_VIOLATION -> Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violation",
                    "Refused by a business rule", detail);
            case CommandFailure.NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
            case CommandFailure.CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", "Conflicting change", detail);
            default -> null;
        };
        if (problem != null && failure.field() != null) {
            problem.setProperty("field", failure.field());
        }
        if (problem != null && failure.code() != null) {
            problem.setProperty("code", failure.code());
        }
        return Optional.ofNullable(problem);
    }

    private ResponseEntity<Object> badRequest(Exception exception, ProblemDetail problem, HttpHeaders headers,
            WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
