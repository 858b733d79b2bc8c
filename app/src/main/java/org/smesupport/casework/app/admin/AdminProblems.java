package org.smesupport.casework.app.admin;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem documents for the projection administration. */
@RestControllerAdvice(assignableTypes = {ProjectionAdminController.class, DeadLetterController.class})
class AdminProblems {

    private static final String TYPE_BASE = "https://smesupport.example/problems/";

    @ExceptionHandler(UnknownProjection.class)
    ProblemDetail unknownProjection(UnknownProjection problem) {
        return problem(HttpStatus.NOT_FOUND, "unknown-projection", "Unknown projection", problem.getMessage());
    }

    @ExceptionHandler(UnknownDeadLetter.class)
    ProblemDetail unknownDeadLetter(UnknownDeadLetter problem) {
        return problem(HttpStatus.NOT_FOUND, "unknown-dead-letter", "No such dead letter", problem.getMessage());
    }

    @ExceptionHandler(NoDeadLetterQueue.class)
    ProblemDetail noDeadLetterQueue(NoDeadLetterQueue problem) {
        return problem(HttpStatus.NOT_FOUND, "no-dead-letter-queue", "No dead-letter queue", problem.getMessage());
    }

    @ExceptionHandler(ReplayRefused.class)
    ProblemDetail replayRefused(ReplayRefused problem) {
        return problem(HttpStatus.CONFLICT, "replay-not-allowed", "Replay not allowed", problem.getMessage());
    }

    @ExceptionHandler(ProcessorHeldElsewhere.class)
    ProblemDetail processorHeldElsewhere(ProcessorHeldElsewhere problem) {
        return problem(HttpStatus.CONFLICT, "processor-held-elsewhere", "Processor held by another instance",
                problem.getMessage());
    }

    @ExceptionHandler(ProjectionVerifier.VerificationRefused.class)
    ProblemDetail verificationRefused(ProjectionVerifier.VerificationRefused problem) {
        return problem(HttpStatus.CONFLICT, "verification-not-possible", "Verification not possible",
                problem.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
