package org.smesupport.casework.query.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An aggregate's detail view as the product would have shown it after its event {@code version} (a sequence
 * number), rebuilt from its events up to there by the live view's own code: asked for a version, or for the end of
 * a day ({@code asOf}, the centre's zone: the events recorded before {@code recordedBefore}). {@code lastEvent} is
 * the event that made that version; {@code view} is {@code null} when the aggregate did not exist yet.
 */
public record AggregateState(String aggregateId, String aggregateType, long version, LocalDate asOf,
                             Instant recordedBefore, int eventsApplied, StateEvent lastEvent, Object view) {
}
