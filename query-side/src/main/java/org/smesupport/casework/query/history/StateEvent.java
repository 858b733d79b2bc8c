package org.smesupport.casework.query.history;

import java.time.Instant;

/** An event of an aggregate's history as a state or a diff names it: what, when, who in which role, why. */
public record StateEvent(long sequence, String eventId, String type, Instant recordedAt, String user, String role,
                         String reason, String businessDate, String correlationId) {
}
