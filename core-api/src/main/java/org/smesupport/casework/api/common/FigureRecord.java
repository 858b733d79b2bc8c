package org.smesupport.casework.api.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record behind a figure: the stored event, where it is in the global stream ({@code position}) and in its
 * aggregate's ({@code stream}, the auditors' {@code /api/audit/streams/{aggregateId}}), and how much it moved the
 * figure ({@code contribution}, in the line's exact unit: a count, halves of a half-counted figure, or yen; a
 * correction that takes a figure back is negative). The payload's fields and the metadata are the event's as
 * stored, as the JSON API writes them; for a reader who may not see personal information, the fields marked
 * personal and the metadata's reason are left out and named in {@code withheld}.
 */
public record FigureRecord(long position, long contribution, String aggregateType, String aggregateId, long sequence,
                           String eventId, String type, Instant recordedAt, Map<String, Object> payload,
                           Map<String, Object> metadata, List<String> withheld, String stream) {
}
