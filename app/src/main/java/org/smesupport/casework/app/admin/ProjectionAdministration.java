package org.smesupport.casework.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.smesupport.casework.app.readstore.StoredTokens;
import org.smesupport.casework.projection.ReadModelFreshness;
import org.smesupport.casework.projection.ReadModelRebuilds;
import org.springframework.stereotype.Service;

/**
 * Lists the projections' processors and rebuilds a read model by replaying every event into it. It is
 * also the query side's source of which read models are rebuilding ({@link ReadModelRebuilds}): that
 * answer comes from the processors' in-memory status alone, as every query asks it; and of whether a
 * read model has applied every stored event ({@link ReadModelFreshness}), for work that must not miss one.
 */
@Service
public class ProjectionAdministration implements ReadModelRebuilds, ReadModelFreshness {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final StoredTokens storedTokens;
    /** The processors named in the configuration, some of which may run only on other instances. */
    private final Set<String> configured;
    /** Where and when each rebuild was first seen, to tell its rate; forgotten once it is done. */
    private final Map<String, Watched> rebuildsWatched = new ConcurrentHashMap<>();

    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
                             StoredTokens storedTokens, EventProcessorProperties configured) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.storedTokens = storedTokens;
        this.configured = Set.copyOf(configured.getProcessors().keySet());
    }

    /** Every projection's processor, whether it runs on this instance or on another (read from the token store). */
    public List<ProjectionStatus> statuses() {
        long head = headPosition();
        return names().stream()
                .map(name -> status(name, head))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The processors this instance runs itself ({@code casework.serves} leaves the other side's out). */
    public List<ProjectionStatus> statusesHere() {
        long head = headPosition();
        return localNames().stream()
                .map(name -> status(name, head))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ProjectionStatus> status(String name) {
        return status(name, headPosition());
    }

    /** The streaming processors' names, those configured to run on other instances too, without asking any store. */
    public List<String> names() {
        Set<String> names = new TreeSet<>(localNames());
        names.addAll(configured);
        return List.copyOf(names);
    }

    private List<String> localNames() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processor(name).isPresent())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /**
     * Stops the processor, resets its token to the start of the stream (which calls the read model's
     * {@code @ResetHandler} to clear it, and empties its dead-letter queue) and starts it again; it then
     * rebuilds in the background. A processor whose handlers refuse a reset ({@code @DisallowReplay}, like
     * the lease link, which sends commands) is refused before anything is touched.
     *
     * @throws ReplayRefused if the processor must not replay
     */
    public Optional<ProjectionStatus> replay(String name) {
        Optional<StreamingEventProcessor> found = processor(name);
        found.ifPresent(processor -> {
            if (!processor.supportsReset()) {
                throw new ReplayRefused(name);
            }
            processor.shutDown();
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException e) {
                processor.start();
                throw new ProcessorHeldElsewhere(name, owners(name), "a replay");
            }
            rebuildsWatched.put(name, new Watched(clock.instant(), -1));
            processor.start();
        });
        return found.isPresent() ? status(name) : Optional.empty();
    }

    @Override
    public Optional<String> whyNotCurrent(String processingGroup) {
        Optional<ProjectionStatus> found = status(processingGroup);
        if (found.isEmpty()) {
            return Optional.of("no processor of that name runs");
        }
        ProjectionStatus status = found.get();
        if (!status.running()) {
            return Optional.of("its processor is stopped");
        }
        if (status.error()) {
            return Optional.of("its processor is failing (" + status.errorMessage() + ")");
        }
        if (status.rebuilding()) {
            return Optional.of("it is being rebuilt (" + Math.round(100 * status.rebuildProgress()) + " %)");
        }
        if (status.deadLetters() > 0) {
            return Optional.of(status.deadLetters() + " of its events are parked as dead letters");
        }
        if (status.lag() > 0) {
            return Optional.of("it is " + status.lag() + " events behind the event store");
        }
        return Optional.empty();
    }

    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /**
     * From the processor's memory where this instance holds its segments (no store is asked, as every query asks
     * this); from the token store where another instance does (a second query service answers the same).
     */
    @Override
    public List<Rebuild> inProgress(Collection<String> processingGroups) {
        return processingGroups.stream()
                .flatMap(group -> rebuildProgress(group).stream().mapToObj(progress -> new Rebuild(group, progress)))
                .toList();
    }

    private OptionalDouble rebuildProgress(String group) {
        Optional<StreamingEventProcessor> local = processor(group);
        if (local.isPresent() && !local.get().processingStatus().isEmpty()) {
            return rebuild(local.get().processingStatus().values().stream().map(Progress::of).toList());
        }
        if (local.isEmpty() && !configured.contains(group)) {
            return OptionalDouble.empty();
        }
        return rebuild(progress(storedTokens.of(group), local));
    }

    /**
     * A processor's state over all its segments: those claimed here from the processor itself, the others from the
     * token store as the instance that holds them (or last held them) left them. Failures and dead letters are known
     * only where the processor runs.
     */
    private Optional<ProjectionStatus> status(String name, long head) {
        Optional<StreamingEventProcessor> local = processor(name);
        if (local.isEmpty() && !configured.contains(name)) {
            return Optional.empty();
        }
        List<StoredTokens.Segment> stored = storedTokens.of(name);
        List<Progress> segments = progress(stored, local);
        long position = segments.stream().mapToLong(Progress::position).min().orElse(-1);
        OptionalDouble rebuild = rebuild(segments);
        Optional<String> failure = local.flatMap(ProjectionAdministration::failure);
        boolean runningHere = local.map(StreamingEventProcessor::isRunning).orElse(false);
        boolean runningElsewhere = !segments.isEmpty() && segments.stream().allMatch(Progress::claimedByLiveInstance);
        return Optional.of(new ProjectionStatus(name,
                runningHere || runningElsewhere,
                // isError() is only a paused processor; one retrying a failed batch shows it per segment
                local.map(StreamingEventProcessor::isError).orElse(false) || failure.isPresent(),
                failure.orElse(null),
                position,
                head,
                Math.max(0, head - position),
                processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(0L),
                segments.stream().anyMatch(Progress::replaying),
                rebuild.isPresent(),
                rebuild.isPresent() ? rebuild.getAsDouble() : null,
                rebuild.isPresent() ? rate(name, segments, position) : forget(name),
                local.map(StreamingEventProcessor::supportsReset).orElse(false),
                local.map(processor -> !processor.processingStatus().isEmpty()).orElse(false),
                liveOwners(stored)));
    }

    /** Each segment's progress: from this instance's processor where it holds the claim, else from the token store. */
    private static List<Progress> progress(List<StoredTokens.Segment> storedSegments,
                                           Optional<StreamingEventProcessor> local) {
        Map<Integer, EventTrackerStatus> here = local.map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<Progress> segments = new ArrayList<>();
        for (StoredTokens.Segment stored : storedSegments) {
            EventTrackerStatus claimed = here.get(stored.segment());
            segments.add(claimed == null
                    ? new Progress(stored.position(), stored.resetPosition(), stored.replaying(), stored.live())
                    : Progress.of(claimed));
        }
        if (segments.isEmpty()) {
            here.values().forEach(claimed -> segments.add(Progress.of(claimed)));
        }
        return segments;
    }

    /**
     * The replay's progress while it has not reached the head it started at: Axon keeps that head in the replay
     * token ({@code resetPosition}), so this survives a restart during the replay.
     */
    private static OptionalDouble rebuild(List<Progress> segments) {
        return segments.stream()
                .filter(segment -> segment.resetPosition().isPresent()
                        && segment.position() < segment.resetPosition().getAsLong())
                .mapToDouble(segment -> Math.max(0, segment.position())
                        / (double) Math.max(1, segment.resetPosition().getAsLong()))
                .min();
    }

    /** One segment's position, the head a replay runs to, and whether an instance is working it now. */
    private record Progress(long position, OptionalLong resetPosition, boolean replaying,
                            boolean claimedByLiveInstance) {

        /** A segment this instance holds, as its processor knows it. */
        static Progress of(EventTrackerStatus claimed) {
            return new Progress(claimed.getCurrentPosition().orElse(-1), claimed.getResetPosition(),
                    claimed.isReplaying(), true);
        }
    }

    private String owners(String name) {
        List<String> owners = liveOwners(storedTokens.of(name));
        return owners.isEmpty() ? "another instance" : String.join(", ", owners);
    }

    private static List<String> liveOwners(List<StoredTokens.Segment> segments) {
        return segments.stream().filter(StoredTokens.Segment::live).map(StoredTokens.Segment::owner)
                .distinct().sorted().toList();
    }

    /**
     * The rebuild's events done and in all, and its rate since it was started here (or first seen rebuilding, after a
     * restart) with the time left at that rate.
     */
    private RebuildRate rate(String name, List<Progress> segments, long position) {
        long total = segments.stream().map(Progress::resetPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max().orElse(position) + 1;
        long done = Math.max(0, position + 1);
        Instant now = clock.instant();
        Watched first = rebuildsWatched.computeIfAbsent(name, key -> new Watched(now, position));
        double seconds = Duration.between(first.at(), now).toMillis() / 1000.0;
        if (seconds <= 0 || position <= first.position()) {
            return new RebuildRate(done, total, null, null);
        }
        double perSecond = (position - first.position()) / seconds;
        return new RebuildRate(done, total, perSecond, Math.round(Math.max(0, total - done) / perSecond));
    }

    private RebuildRate forget(String name) {
        rebuildsWatched.remove(name);
        return null;
    }

    /** A rebuild first seen at {@code position} at {@code at}. */
    private record Watched(Instant at, long position) {
    }

    private static Optional<String> failure(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError)
                .filter(error -> error != null)
                .map(error -> error.getClass().getName() + ": " + error.getMessage())
                .findFirst();
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }
}
