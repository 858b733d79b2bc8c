package org.smesupport.casework.command.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * What an aggregate instance decides on a command, computed without storing anything, the way Axon's repository
 * hands a loaded aggregate to its command handler: the events it would apply, or the rule that refuses the command.
 * Two instances that must be the same aggregate (one replayed from its events, one read back from its snapshot)
 * must decide every command the same.
 */
public final class Decisions {

    /** The events applied, or (refused) none and the refusal's code and words. */
    public record Decision(List<Object> events, String refusal) {
    }

    /**
     * The snapshot serialiser as the app has it: Axon's Jackson serialiser on Spring Boot's object mapper (the
     * builder's defaults, and {@code spring.jackson.default-property-inclusion: non_null} from application.yml).
     */
    private static final Serializer SNAPSHOTS = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json().serializationInclusion(JsonInclude.Include.NON_NULL).build())
            .build();

    private final Configuration axon;

    public Decisions(Configuration axon) {
        this.axon = axon;
    }

    /** The aggregate written as Axon's snapshotter writes it, and read back as the repository reads it. */
    public static <T> T throughSnapshot(T aggregate) {
        SerializedObject<byte[]> snapshot = SNAPSHOTS.serialize(aggregate, byte[].class);
        return SNAPSHOTS.deserialize(snapshot);
    }

    /** What {@code aggregate}, at {@code version} (the sequence number of its last event), decides on {@code command}. */
    public <T> Decision decide(Class<T> type, T aggregate, long version, Object command) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                axon.parameterResolverFactory(), axon.handlerDefinition(type));
        List<Object> applied = new ArrayList<>();
        SimpleEventBus events = SimpleEventBus.builder().build();
        events.subscribe(messages -> messages.forEach(message -> applied.add(message.getPayload())));
        EventSourcedAggregate<T> loaded = EventSourcedAggregate.reconstruct(aggregate, model, version, false, events,
                NoSnapshotTriggerDefinition.TRIGGER);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> loaded.handle(message));
        if (!result.isExceptional()) {
            return new Decision(applied, null);
        }
        if (result.exceptionResult() instanceof BusinessRuleViolation refusal) {
            return new Decision(List.of(), refusal.code() + ": " + refusal.getMessage());
        }
        throw new AssertionError("the command failed otherwise than by a rule", result.exceptionResult());
    }
}
