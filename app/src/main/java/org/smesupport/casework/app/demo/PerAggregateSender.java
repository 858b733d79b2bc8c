package org.smesupport.casework.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Sends commands through the gateway several aggregates at a time: the commands of one aggregate in their
 * order, on one thread, beside other aggregates' commands. Every command is committed durably, and the
 * event store commits concurrent commands together (one forced write for the group), so a history of
 * many small aggregates loads several times faster than one command after another.
 */
final class PerAggregateSender {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private PerAggregateSender() {
    }

    /** Returns once every command is stored; the first refusal fails the whole load. */
    static void send(CommandGateway gateway, List<?> commands, Map<String, ?> metaData, int threads) {
        Map<String, List<CommandMessage<?>>> byAggregate = new LinkedHashMap<>();
        for (Object command : commands) {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
            byAggregate.computeIfAbsent(TARGETS.resolveTarget(message).getIdentifier(), id -> new ArrayList<>())
                    .add(message);
        }
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (List<CommandMessage<?>> chain : byAggregate.values()) {
                sent.add(senders.submit(() -> chain.forEach(gateway::sendAndWait)));
            }
            for (Future<?> chain : sent) {
                chain.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo history", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a demo command was refused: " + e.getCause().getMessage(), e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }
}
