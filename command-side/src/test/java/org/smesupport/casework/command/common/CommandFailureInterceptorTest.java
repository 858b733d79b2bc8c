package org.smesupport.casework.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandFailure;

class CommandFailureInterceptorTest {

    private final CommandFailureInterceptor interceptor = new CommandFailureInterceptor();
    private final UnitOfWork<CommandMessage<?>> unitOfWork =
            new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage("any command"));

    private static InterceptorChain throwing(Exception exception) {
        return () -> {
            throw exception;
        };
    }

    private CommandFailure failureFrom(Exception thrown) {
        Throwable translated = catchThrowable(() -> interceptor.handle(unitOfWork, throwing(thrown)));
        assertThat(translated).isInstanceOf(CommandExecutionException.class).hasCause(thrown);
        return ((CommandExecutionException) translated).<CommandFailure>getDetails().orElseThrow();
    }

    @Test
    void anUnknownPartOfTheAggregateIsNotFoundNamingTheField() {
        CommandFailure failure = failureFrom(new NoSuchPart("paymentId", "lease.paymentId.missing", "pay-9"));
        assertThat(failure.kind()).isEqualTo(CommandFailure.NOT_FOUND);
        assertThat(failure.field()).isEqualTo("paymentId");
    }

    @Test
    void passesResultsThrough() throws Exception {
        assertThat(interceptor.handle(unitOfWork, () -> "result")).isEqualTo("result");
    }

    @Test
    void translatesRuleViolationWithItsMessageFieldCodeAndArguments() {
        assertThat(failureFrom(new BusinessRuleViolation("heldOn", "consultation.heldOn.beforeOpened",
                LocalDate.of(2020, 6, 1)))).isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "A session cannot be held before the case was opened on 2020-06-01.", "heldOn",
                "consultation.heldOn.beforeOpened", List.of("2020-06-01")));
    }

    @Test
    void translatesMissingAggregateToNotFound() {
        CommandFailure failure = failureFrom(new AggregateNotFoundException("case-9", "not in the event store"));
        assertThat(failure.kind()).isEqualTo(CommandFailure.NOT_FOUND);
        assertThat(failure.message()).contains("case-9");
    }

    @Test
    void translatesOutdatedVersionToConflictOnExpectedVersion() {
        CommandFailure failure = failureFrom(new ConflictingAggregateVersionException("case-9", 1, 3));
        assertThat(failure.kind()).isEqualTo(CommandFailure.CONFLICT);
        assertThat(failure.field()).isEqualTo("expectedVersion");
        assertThat(failure.message()).contains("version 1", "version 3");
    }

    @Test
    void leavesUnrecognisedExceptionsAlone() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> interceptor.handle(unitOfWork, throwing(bug))).isSameAs(bug);
    }
}
