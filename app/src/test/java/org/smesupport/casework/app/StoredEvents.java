package org.smesupport.casework.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;

/** Reads a stored payload the way the event store does: through the upcaster chain, then the event serializer. */
record StoredEvents(Serializer serializer, Configuration axon) {

    Object read(String payloadType, String revision, byte[] payload) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry(payloadType, revision, payload)),
                serializer, axon.upcasterChain()).next().getPayload();
    }

    /** The type and revision the serializer is given after the upcaster chain. */
    SerializedType upcastType(String payloadType, String revision, byte[] payload) {
        return axon.upcasterChain().upcast(Stream.of(new InitialEventRepresentation(
                entry(payloadType, revision, payload), serializer))).findFirst().orElseThrow().getType();
    }

    private static GenericDomainEventEntry<byte[]> entry(String payloadType, String revision, byte[] payload) {
        return new GenericDomainEventEntry<>("Aggregate", "A-1", 0, "E-1", Instant.EPOCH, payloadType, revision,
                payload, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
