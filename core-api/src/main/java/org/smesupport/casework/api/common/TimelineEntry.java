package org.smesupport.casework.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One step in the history of a case or contract: {@code sequence} is the event's aggregate sequence,
 * {@code date} the business date of the step, {@code at} when it was recorded, {@code user}, {@code role} and
 * {@code reason} who recorded it and why (absent when unknown), {@code details} the step's own fields.
 */
public record TimelineEntry(
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
