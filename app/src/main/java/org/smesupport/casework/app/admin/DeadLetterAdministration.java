package org.smesupport.casework.app.admin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Lists, retries and evicts the events a projection has parked.
 * <p>
 * A retry runs the parked events through the projection's handlers on the caller's thread. The read-model
 * stores assume one writer per projection, so the processor is stopped for the retry and its segments' claims are
 * taken for as long as it runs, then released and the processor started again (a retry takes milliseconds; the
 * processor catches up from its token). With several instances that makes the retry the read model's only writer: a
 * claim another instance holds refuses the retry ({@link ProcessorHeldElsewhere}). A retried event
 * that fails again stays parked with its retry count raised. An eviction drops a sequence for good: it is
 * an operator's decision, so it needs a reason, is logged and is recorded with who made it in the
 * {@code dead_letter_evictions} collection.
 */
@Service
class DeadLetterAdministration {

    static final String EVICTIONS = "dead_letter_evictions";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterAdministration.class);

    private final EventProcessingConfiguration processing;
    private final MongoDatabase readModels;
    private final Clock clock;
    private final TokenStore tokens;

    DeadLetterAdministration(EventProcessingConfiguration processing, MongoDatabase readModels, Clock clock,
                             TokenStore tokens) {
        this.processing = processing;
        this.readModels = readModels;
        this.clock = clock;
        this.tokens = tokens;
    }

    List<DeadLetterView> list(String projection) {
        List<DeadLetterView> views = new ArrayList<>();
        queue(projection).deadLetters().forEach(sequence -> sequence.forEach(letter -> views.add(view(letter))));
        return views;
    }

    /** Retries every parked sequence of the projection, or only the one given; returns what is still parked. */
    List<DeadLetterView> retry(String projection, String onlySequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        List<String> firstLetters = new ArrayList<>();
        queue.deadLetters().forEach(sequence -> {
            DeadLetter<? extends EventMessage<?>> first = sequence.iterator().next();
            if (onlySequence == null || onlySequence.equals(sequenceOf(first))) {
                firstLetters.add(first.message().getIdentifier());
            }
        });
        if (onlySequence != null && firstLetters.isEmpty()) {
            throw new UnknownDeadLetter(projection, onlySequence);
        }
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new UnknownProjection(projection));
        StreamingEventProcessor processor = processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(projection));
        processor.shutDown();
        List<Integer> claimed = new ArrayList<>();
        try {
            for (int segment : tokens.fetchSegments(projection)) {
                tokens.fetchToken(projection, segment);
                claimed.add(segment);
            }
            firstLetters.forEach(id -> letters.process(letter -> letter.message().getIdentifier().equals(id)));
        } catch (UnableToClaimTokenException heldElsewhere) {
            throw new ProcessorHeldElsewhere(projection, "another instance", "a retry of its dead letters");
        } finally {
            claimed.forEach(segment -> tokens.releaseClaim(projection, segment));
            processor.start();
        }
        log.info("Retried {} parked sequence(s) of {}", firstLetters.size(), projection);
        return onlySequence == null ? list(projection)
                : list(projection).stream().filter(letter -> letter.sequence().equals(onlySequence)).toList();
    }

    /** Drops every letter of the sequence, recording the decision; returns what was evicted. */
    List<DeadLetterView> evict(String projection, String sequence, String reason, String operator) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        if (letters.isEmpty()) {
            throw new UnknownDeadLetter(projection, sequence);
        }
        List<DeadLetterView> evicted = letters.stream().map(DeadLetterAdministration::view).toList();
        readModels.getCollection(EVICTIONS).insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("projection", projection)
                .append("sequence", sequence)
                .append("events", evicted.stream().map(letter -> new Document("eventIdentifier", letter.eventIdentifier())
                        .append("eventType", letter.eventType())
                        .append("globalPosition", letter.globalPosition())
                        .append("error", letter.errorClass() + ": " + letter.errorMessage())).toList())
                .append("evictedBy", operator)
                .append("reason", reason)
                .append("evictedAt", clock.instant().toString()));
        letters.forEach(queue::evict);
        log.warn("Operator {} evicted {} parked event(s) of sequence {} from {}: {}",
                operator, letters.size(), sequence, projection, reason);
        return evicted;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        if (processing.eventProcessor(projection).isEmpty()) {
            throw new UnknownProjection(projection);
        }
        return processing.deadLetterQueue(projection).orElseThrow(() -> new NoDeadLetterQueue(projection));
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Object retries = letter.diagnostics().get("retries");
        return new DeadLetterView(sequenceOf(letter),
                event.getIdentifier(),
                event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                position(event),
                event.getTimestamp(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                retries instanceof Number number ? number.intValue() : 0,
                letter.enqueuedAt(),
                letter.lastTouched());
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof MongoDeadLetter<?> stored) {
            return stored.sequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : letter.message().getIdentifier();
    }

    private static long position(EventMessage<?> event) {
        if (!(event instanceof TrackedEventMessage<?> tracked)) {
            return -1;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(tracked.trackingToken());
        return token == null ? -1 : token.position().orElse(-1);
    }
}
