package org.smesupport.casework.app.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event as an auditor reads it: what happened (type and payload), to which aggregate, in
 * which order, when it was recorded, and the metadata saying who did it, in which role and why.
 */
record AuditedEvent(String aggregateId, long sequence, String eventId, String type, Instant recordedAt,
                    Object payload, Map<String, ?> metadata) {
}
