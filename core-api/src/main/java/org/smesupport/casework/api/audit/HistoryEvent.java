package org.smesupport.casework.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event as an auditor reads it: its place in the record's stream ({@code sequence}), what happened
 * ({@code type} and the event's fields in {@code payload}), when it was recorded, and who recorded it, in which
 * role, for which business date, why, and as part of which request ({@code correlationId}). Metadata an event
 * does not carry (events older than the metadata, work of the system itself) is {@code null}.
 */
public record HistoryEvent(
        long sequence,
        String eventId,
        String type,
        Instant recordedAt,
        String user,
        String role,
        String businessDate,
        String reason,
        String correlationId,
        Map<String, Object> payload) {
}
