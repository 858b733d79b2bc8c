package org.smesupport.casework.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.smesupport.casework.api.audit.RecordChanges;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.query.ProjectionReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An aggregate as it stood after a version or at the end of a day, for auditors: its own events up to there are
 * replayed through the live view's projection into a database of its own (dropped afterwards) and the view is read
 * from it by the live detail query's code ({@link AggregateHistory}), so the answer is what the product showed
 * then, not a reconstruction written a second time. Names of other records (a company's name beside a case) are
 * looked up as they are now, as the live view does.
 */
@Component
public class AggregateStates {

    private final EventStore eventStore;
    private final AssignedReferences references;
    private final MongoClient mongo;
    private final Map<String, AggregateHistory<?>> histories;
    private final int cacheSize;
    private final ZoneId zone;
    private final Clock clock;
    private final ObjectMapper json;

    AggregateStates(EventStore eventStore, AssignedReferences references, MongoClient mongo,
                    List<AggregateHistory<?>> histories,
                    @Value(ReadModelSettings.CACHE_SIZE) int cacheSize,
                    @Value("${casework.zone:Asia/Tokyo}") ZoneId zone,
                    Clock clock, ObjectMapper json) {
        this.eventStore = eventStore;
        this.references = references;
        this.mongo = mongo;
        this.histories = histories.stream().collect(Collectors.toMap(AggregateHistory::aggregateType,
                Function.identity()));
        this.cacheSize = cacheSize;
        this.zone = zone;
        this.clock = clock;
        this.json = json;
    }

    /** The types whose state can be rebuilt, for a message about one that cannot. */
    public List<String> types() {
        return histories.keySet().stream().sorted().toList();
    }

    /**
     * The aggregate after event {@code version}, or at the end of day {@code asOf}, or (neither) now; empty when
     * the event store has no such stream.
     *
     * @throws NoHistory when the stream's type has no view, or it has no such version
     */
    public Optional<AggregateState> state(String aggregateId, Long version, LocalDate asOf) {
        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(aggregateId, 0L).asStream().toList();
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        String type = stream.get(0).getType();
        AggregateHistory<?> history = history(type);
        long last = stream.get(stream.size() - 1).getSequenceNumber();
        if (version != null && (version < 0 || version > last)) {
            throw new NoHistory("'" + aggregateId + "' has versions 0 to " + last + ", not " + version);
        }
        Instant recordedBefore = asOf == null ? null : asOf.plusDays(1).atStartOfDay(zone).toInstant();
        List<DomainEventMessage<?>> own = stream.stream()
                .filter(event -> version == null || event.getSequenceNumber() <= version)
                .filter(event -> recordedBefore == null || event.getTimestamp().isBefore(recordedBefore))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
        if (own.isEmpty()) {
            return Optional.of(new AggregateState(aggregateId, type, -1, asOf, recordedBefore, 0, null, null));
        }
        DomainEventMessage<?> lastApplied = own.get(own.size() - 1);
        // what other streams recorded for it by then (right after event `version`, or by the end of `asOf`): its
        // reference number (the register's stream), and the events of other records its view takes in
        Instant until = version != null ? lastApplied.getTimestamp() : recordedBefore;
        List<DomainEventMessage<?>> applied = new ArrayList<>(own);
        Stream.concat(references.assignedTo(aggregateId).stream(), history.related(aggregateId).stream())
                .filter(event -> until == null || !event.getTimestamp().isAfter(until))
                .filter(event -> recordedBefore == null || event.getTimestamp().isBefore(recordedBefore))
                .forEach(applied::add);
        applied.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        Object view = view(history, aggregateId, applied, asOf != null ? asOf : LocalDate.now(clock));
        return Optional.of(new AggregateState(aggregateId, type, lastApplied.getSequenceNumber(), asOf, recordedBefore,
                applied.size(), event(lastApplied), view));
    }

    /**
     * What changed in the view from version {@code from} to version {@code to} (the latest when {@code null}), and
     * the events between; empty when there is no such stream.
     */
    public Optional<StateDiff> diff(String aggregateId, long from, Long to) {
        Optional<AggregateState> after = state(aggregateId, to, null);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        long until = after.get().version();
        if (from > until) {
            throw new NoHistory("from (" + from + ") is after to (" + until + ")");
        }
        AggregateState before = state(aggregateId, from, null).orElseThrow();
        Map<String, JsonNode> was = leaves(json.valueToTree(before.view()));
        Map<String, JsonNode> is = leaves(json.valueToTree(after.get().view()));
        List<StateDiff.FieldChange> changes = changed(was, is,
                (path, old, now) -> new StateDiff.FieldChange(path, value(old), value(now)));
        List<StateEvent> events = eventStore.readEvents(aggregateId, from + 1).asStream()
                .filter(event -> event.getSequenceNumber() <= until)
                .map(AggregateStates::event).toList();
        return Optional.of(new StateDiff(aggregateId, before.aggregateType(), from, until, changes, events));
    }

    /**
     * The fields of the view that event {@code version} changed, and the whole view after it, as text; empty when
     * there is no such stream.
     *
     * @throws NoHistory when the stream's type has no view, or it has no such version
     */
    public Optional<RecordChanges> changes(String aggregateId, long version) {
        Optional<AggregateState> after = state(aggregateId, version, null);
        if (after.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JsonNode> is = leaves(json.valueToTree(after.get().view()));
        Map<String, JsonNode> was = version == 0 ? Map.of()
                : leaves(json.valueToTree(state(aggregateId, version - 1, null).orElseThrow().view()));
        List<RecordChanges.Change> changes = changed(was, is,
                (path, old, now) -> new RecordChanges.Change(path, text(old), text(now)));
        List<RecordChanges.Field> state = is.entrySet().stream()
                .map(field -> new RecordChanges.Field(field.getKey(), text(field.getValue()))).toList();
        return Optional.of(new RecordChanges(aggregateId, after.get().aggregateType(), version, changes, state));
    }

    /** Every leaf that differs between two views (by path, in the order of {@link #union}), as {@code change} makes it. */
    private static <C> List<C> changed(Map<String, JsonNode> was, Map<String, JsonNode> is, LeafChange<C> change) {
        return union(was, is).stream().filter(path -> !Objects.equals(was.get(path), is.get(path)))
                .map(path -> change.of(path, was.get(path), is.get(path))).toList();
    }

    private interface LeafChange<C> {
        C of(String path, JsonNode before, JsonNode after);
    }

    private static String text(JsonNode leaf) {
        return leaf == null ? null : leaf.isValueNode() ? leaf.asText() : leaf.toString();
    }

    private AggregateHistory<?> history(String type) {
        AggregateHistory<?> history = histories.get(type);
        if (history == null) {
            throw new NoHistory("no view of a " + type + " is kept to rebuild; the types that have one are "
                    + String.join(", ", types()));
        }
        return history;
    }

    private Object view(AggregateHistory<?> history, String aggregateId, List<DomainEventMessage<?>> events,
                        LocalDate on) {
        MongoDatabase scratch = mongo.getDatabase("state-" + UUID.randomUUID());
        try {
            ProjectionReplay replay = new ProjectionReplay(history.projection(scratch, cacheSize));
            // the live projections are tracking ones and keep each document's position: the order stands in
            long position = 0;
            for (DomainEventMessage<?> event : events) {
                replay.offer(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), event));
                position++;
            }
            replay.finish();
            return history.view(scratch, aggregateId, on);
        } finally {
            scratch.drop();
        }
    }

    private static StateEvent event(DomainEventMessage<?> event) {
        MetaData metadata = event.getMetaData();
        return new StateEvent(event.getSequenceNumber(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), text(metadata, "user"), text(metadata, "role"), text(metadata, "reason"),
                text(metadata, "businessDate"), text(metadata, "correlationId"));
    }

    private static String text(MetaData metadata, String key) {
        return Objects.toString(metadata.get(key), null);
    }

    /** Every leaf of the JSON by its path ({@code a.b}, {@code a[3].c}); an empty object or list is a leaf. */
    private static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            leaves.put(path, node);
        }
    }

    private static List<String> union(Map<String, JsonNode> was, Map<String, JsonNode> is) {
        List<String> paths = new ArrayList<>(was.keySet());
        is.keySet().stream().filter(path -> !was.containsKey(path)).forEach(paths::add);
        return paths;
    }

    private Object value(JsonNode node) {
        return node == null ? null : json.convertValue(node, Object.class);
    }

    /** A state that cannot be rebuilt: a type without a view, a version the stream does not have. */
    public static class NoHistory extends RuntimeException {
        NoHistory(String message) {
            super(message);
        }
    }
}
