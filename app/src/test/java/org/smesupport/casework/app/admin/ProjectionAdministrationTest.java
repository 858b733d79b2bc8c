package org.smesupport.casework.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.app.MutableClock;
import org.smesupport.casework.app.readstore.StoredTokens;
import org.smesupport.casework.projection.ReadModelRebuilds.Rebuild;

/**
 * Rebuild progress from the processors' status: position over the head at the time the replay started, and the
 * rate and time left once watched for a while; and the state of a processor that runs on another instance, from the
 * token store.
 */
class ProjectionAdministrationTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);
    private final StoredTokens storedTokens = mock(StoredTokens.class);
    private final ProjectionAdministration administration =
            new ProjectionAdministration(processing, mock(EventStore.class), clock, storedTokens, configured());

    private static EventProcessorProperties configured() {
        EventProcessorProperties properties = new EventProcessorProperties();
        properties.getProcessors().put("lease-contracts", new EventProcessorProperties.ProcessorSettings());
        return properties;
    }

    @Test
    void aProcessorRunningOnAnotherInstanceIsSeenFromItsStoredToken() {
        when(processing.eventProcessor("lease-contracts", StreamingEventProcessor.class)).thenReturn(Optional.empty());
        when(storedTokens.of("lease-contracts")).thenReturn(List.of(new StoredTokens.Segment(0, "4711@query-1",
                clock.instant(), new GlobalSequenceTrackingToken(41), true)));

        ProjectionStatus status = administration.status("lease-contracts").orElseThrow();

        assertThat(status.running()).as("claimed by a live instance").isTrue();
        assertThat(status.position()).isEqualTo(41);
        assertThat(status.replayable()).as("not from here").isFalse();
        assertThat(status.heldHere()).isFalse();
        assertThat(status.heldBy()).containsExactly("4711@query-1");
        assertThat(administration.names()).contains("lease-contracts");
    }

    @Test
    void anIdleInstanceTellsTheRebuildAnotherInstanceRunsFromTheTokenStore() {
        StreamingEventProcessor idle = mock(StreamingEventProcessor.class);
        when(idle.processingStatus()).thenReturn(Map.of());
        when(processing.eventProcessor("lease-contracts", StreamingEventProcessor.class)).thenReturn(Optional.of(idle));
        when(storedTokens.of("lease-contracts")).thenReturn(List.of(new StoredTokens.Segment(0, "4711@query-1",
                clock.instant(), ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(1000),
                        new GlobalSequenceTrackingToken(300)), true)));

        assertThat(administration.inProgress(List.of("lease-contracts")))
                .containsExactly(new Rebuild("lease-contracts", 0.3));
    }

    @Test
    void aProcessorWhoseClaimWentStaleRunsNowhere() {
        when(processing.eventProcessor("lease-contracts", StreamingEventProcessor.class)).thenReturn(Optional.empty());
        when(storedTokens.of("lease-contracts")).thenReturn(List.of(new StoredTokens.Segment(0, "4711@query-1",
                clock.instant().minusSeconds(60), new GlobalSequenceTrackingToken(41), false)));

        assertThat(administration.status("lease-contracts").orElseThrow().running()).isFalse();
        assertThat(administration.status("not-configured")).isEmpty();
    }

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

    @Test
    void aRebuildWatchedForAWhileTellsItsRateAndTheTimeLeft() {
        when(processing.deadLetterQueue("consultation-statistics")).thenReturn(Optional.empty());
        processor("consultation-statistics", segment(true, 420, 1000L));
        RebuildRate first = administration.status("consultation-statistics").orElseThrow().rebuild();
        assertThat(first).isEqualTo(new RebuildRate(421, 1001, null, null));

        clock.advance(Duration.ofSeconds(2));
        processor("consultation-statistics", segment(true, 620, 1000L));
        assertThat(administration.status("consultation-statistics").orElseThrow().rebuild())
                .isEqualTo(new RebuildRate(621, 1001, 100.0, 4L));

        processor("consultation-statistics", segment(true, 1000, 1000L));
        assertThat(administration.status("consultation-statistics").orElseThrow().rebuild()).as("done").isNull();
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
