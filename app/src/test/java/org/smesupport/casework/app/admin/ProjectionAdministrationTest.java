package org.smesupport.casework.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.projection.ReadModelRebuilds.Rebuild;

/** Rebuild progress from the processors' status: position over the head at the time the replay started. */
class ProjectionAdministrationTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final ProjectionAdministration administration =
            new ProjectionAdministration(processing, mock(EventStore.class));

    @Test
    void aReplayShortOfTheHeadItStartedAtIsARebuildWithItsProgress() {
        processor("consultation-statistics", segment(true, 420, 1000L));
        processor("companies", segment(false, 1500, null));

        assertThat(administration.inProgress(List.of("consultation-statistics", "companies", "unknown")))
                .containsExactly(new Rebuild("consultation-statistics", 0.42));
    }

    @Test
    void aReplayThatReachedItsStartingHeadIsNoLongerARebuildThoughAxonStillSaysReplaying() {
        processor("consultation-statistics", segment(true, 1000, 1000L));

        assertThat(administration.inProgress(List.of("consultation-statistics"))).isEmpty();
    }

    private void processor(String name, EventTrackerStatus segment) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.processingStatus()).thenReturn(Map.of(0, segment));
        when(processing.eventProcessor(name, StreamingEventProcessor.class)).thenReturn(Optional.of(processor));
    }

    private static EventTrackerStatus segment(boolean replaying, long position, Long resetPosition) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.isReplaying()).thenReturn(replaying);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(status.getResetPosition()).thenReturn(resetPosition == null ? OptionalLong.empty() : OptionalLong.of(resetPosition));
        return status;
    }
}
