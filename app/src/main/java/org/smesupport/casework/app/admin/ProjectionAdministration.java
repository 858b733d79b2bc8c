package org.smesupport.casework.app.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/** Lists the projections' processors and rebuilds a read model by replaying every event into it. */
@Service
public class ProjectionAdministration {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionAdministration(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProjectionStatus> statuses() {
        long head = headPosition();
        return processing.eventProcessors().keySet().stream()
                .sorted(Comparator.naturalOrder())
                .map(name -> status(name, head))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<ProjectionStatus> status(String name) {
        return status(name, headPosition());
    }

    /**
     * Stops the processor, resets its token to the start of the stream (which calls the read model's
     * {@code @ResetHandler} to clear it) and starts it again; it then rebuilds in the background.
     */
    public Optional<ProjectionStatus> replay(String name) {
        Optional<StreamingEventProcessor> found = processor(name);
        found.ifPresent(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        return found.isPresent() ? status(name) : Optional.empty();
    }

    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private Optional<ProjectionStatus> status(String name, long head) {
        return processor(name).map(processor -> new ProjectionStatus(name,
                processor.isRunning(),
                processor.isError(),
                processor.processingStatus().values().stream()
                        .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                        .min().orElse(-1),
                head,
                processor.isReplaying()));
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }
}
