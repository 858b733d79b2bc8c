package org.smesupport.casework.command.common;

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
        return new CommandFailure(CommandFailure.NOT_FOUND, "Nothing of this kind is registered under id " + id + ".", null);
    }

    private static Optional<CommandFailure> describe(Throwable t) {
        if (t instanceof CommandExecutionException e) {
            return e.getDetails().filter(CommandFailure.class::isInstance).map(CommandFailure.class::cast);
        }
        if (t instanceof NoSuchPart e) {
            return Optional.of(new CommandFailure(CommandFailure.NOT_FOUND, e.getMessage(), e.field()));
        }
        if (t instanceof AlreadyRegistered e) {
            return Optional.of(new CommandFailure(CommandFailure.CONFLICT, e.getMessage(), e.field()));
        }
        if (t instanceof BusinessRuleViolation e) {
            return Optional.of(new CommandFailure(CommandFailure.RULE_VIOLATION, e.getMessage(), e.field()));
        }
        if (t instanceof AggregateNotFoundException e) {
            return Optional.of(notFound(String.valueOf(e.getAggregateIdentifier())));
        }
        if (t instanceof ConflictingAggregateVersionException e) {
            return Optional.of(new CommandFailure(CommandFailure.CONFLICT,
                    "This record was changed by someone else: you sent version %d but it is now at version %d. Reload it and try again."
                            .formatted(e.getExpectedVersion(), e.getActualVersion()),
                    "expectedVersion"));
        }
        if (t instanceof ConcurrencyException) {
            return Optional.of(new CommandFailure(CommandFailure.CONFLICT,
                    "This record was changed by someone else at the same moment. Reload it and try again.", null));
        }
        if (t instanceof AggregateStreamCreationException) {
            return Optional.of(new CommandFailure(CommandFailure.CONFLICT,
                    "A record with this id already exists.", null));
        }
        return Optional.empty();
    }
}
