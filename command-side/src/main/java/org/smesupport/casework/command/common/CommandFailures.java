package org.smesupport.casework.command.common;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.smesupport.casework.api.common.CommandFailure;

/**
 * Recognises why a command failed. Used twice: by {@link CommandFailureInterceptor} where the
 * handler runs, and by the REST layer for failures the interceptor cannot see: an outdated
 * expected version, a concurrent write and a duplicate id are detected only when the unit of work
 * commits, after the interceptor has returned, and reach the caller as the bare exception.
 */
public final class CommandFailures {

    private CommandFailures() {
    }

    /**
     * The failure described by {@code thrown}: the details a {@link CommandExecutionException}
     * carries, else the first exception in the cause chain that we know; empty for anything else,
     * which is then a bug rather than bad input.
     */
    public static Optional<CommandFailure> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<CommandFailure> failure = describe(t);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    /** Nothing of the kind the command addresses exists under {@code id}. */
    static CommandFailure notFound(String id) {
        return failure(CommandFailure.NOT_FOUND, null, "common.notFound", id);
    }

    private static CommandFailure failure(String kind, String field, String code, Object... arguments) {
        List<String> written = RefusalTexts.written(arguments);
        return new CommandFailure(kind, RefusalTexts.english(code, written), field, code, written);
    }

    private static Optional<CommandFailure> describe(Throwable t) {
        if (t instanceof CommandExecutionException e) {
            return e.getDetails().filter(CommandFailure.class::isInstance).map(CommandFailure.class::cast);
        }
        if (t instanceof NoSuchPart e) {
            return Optional.of(new CommandFailure(CommandFailure.NOT_FOUND, e.getMessage(), e.field(), e.code(),
                    e.arguments()));
        }
        if (t instanceof AlreadyRegistered e) {
            return Optional.of(new CommandFailure(CommandFailure.CONFLICT, e.getMessage(), e.field(), e.code(),
                    e.arguments()));
        }
        if (t instanceof BusinessRuleViolation e) {
            return Optional.of(new CommandFailure(CommandFailure.RULE_VIOLATION, e.getMessage(), e.field(), e.code(),
                    e.arguments()));
        }
        if (t instanceof AggregateNotFoundException e) {
            return Optional.of(notFound(String.valueOf(e.getAggregateIdentifier())));
        }
        if (t instanceof ConflictingAggregateVersionException e) {
            return Optional.of(failure(CommandFailure.CONFLICT, "expectedVersion", "common.versionConflict",
                    e.getExpectedVersion(), e.getActualVersion()));
        }
        if (t instanceof ConcurrencyException) {
            return Optional.of(failure(CommandFailure.CONFLICT, null, "common.concurrentChange"));
        }
        if (t instanceof AggregateStreamCreationException) {
            return Optional.of(failure(CommandFailure.CONFLICT, null, "common.alreadyExists"));
        }
        return Optional.empty();
    }
}
