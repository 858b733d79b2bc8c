package org.smesupport.casework.api.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One step of a case: {@code sequence} is the event's aggregate sequence, {@code date} the business date
 * of the step, {@code at} when it was recorded, {@code user}, {@code role} and {@code reason} who
 * recorded it and why (absent when unknown), {@code details} the step's own fields.
 */
public record ConsultationTimelineEntry(
        long sequence,
        String type,
        LocalDate date,
        Instant at,
        String user,
        String role,
        String reason,
        String summary,
        Map<String, Object> details) {
}
