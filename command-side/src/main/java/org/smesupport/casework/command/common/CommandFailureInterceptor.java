package org.smesupport.casework.command.common;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.smesupport.casework.api.common.CommandFailure;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns the refusals a command handler throws into a {@link CommandExecutionException} whose
 * details are a {@link CommandFailure}. Exception types are lost when a command travels through
 * Axon Server; the details are not, so the sender still learns whether it broke a rule, addressed
 * nothing, or lost a race. Anything unrecognised passes through unchanged.
 *
 * <p>Register it on the command bus ({@code commandBus.registerHandlerInterceptor(...)}) before any other
 * handler interceptor, so that it also sees their refusals (Spring registers the beans in this order).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandFailureInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (Exception e) {
            Optional<CommandFailure> failure = CommandFailures.of(e).or(() -> otherAggregatesId(e, unitOfWork.getMessage()));
            if (failure.isEmpty()) {
                throw e;
            }
            throw new CommandExecutionException(failure.get().message(), e, failure.get());
        }
    }

    /**
     * Ids arrive as free text in URLs, so a command may name the stream of another aggregate type (a
     * company id sent to a case endpoint). Axon then either cannot load it, because no event sets
     * the identifier, or, when the shared aggregate cache holds that other aggregate, finds no
     * handler on it. Thrown while handling (not while dispatching, which happens before this
     * interceptor), both mean only that nothing of the addressed kind exists under that id.
     */
    private static Optional<CommandFailure> otherAggregatesId(Exception e, CommandMessage<?> command) {
        if (e instanceof IncompatibleAggregateException || e instanceof NoHandlerForCommandException) {
            return Optional.of(CommandFailures.notFound(TARGETS.resolveTarget(command).getIdentifier()));
        }
        return Optional.empty();
    }
}
