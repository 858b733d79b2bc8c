package org.smesupport.casework.api.audit;

import java.time.Instant;

/**
 * One stored event found by the auditors' search: where it is (global position; aggregate, its sequence and
 * {@code stream}, the link to the aggregate's whole history), what it is, the company it concerns, when it was recorded and for which
 * business date, who recorded it in which role and why, and the request it came from ({@code correlationId}; the
 * message that caused it, {@code causationId}).
 */
public record AuditEntry(long position, String eventId, String aggregateType, String aggregateId, Long sequence,
                         String type, String companyId, Instant recordedAt, String businessDate, String user,
                         String role, String reason, String correlationId, String causationId, String stream) {
}
