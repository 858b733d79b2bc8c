package org.smesupport.casework.query;

import java.time.Instant;
import java.util.Map;

/**
 * One record behind a figure: the stored event, where it is in the global stream ({@code position}) and in its
 * aggregate's ({@code stream}, the auditors' {@code /api/audit/streams/{aggregateId}}), and how much it moved the
 * figure ({@code contribution}, in the line's exact unit: a count, halves of a half-counted figure, or yen; a
 * correction that takes a figure back is negative). The payload and metadata are the event's as stored.
 */
public record FigureRecord(long position, long contribution, String aggregateType, String aggregateId, long sequence,
                           String eventId, String type, Instant recordedAt, Object payload, Map<String, ?> metadata,
                           String stream) {
}
