package org.smesupport.casework.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The auditors' search across every stream on the query bus (the API's {@code GET /api/audit/events}): every
 * criterion optional ({@code null}), all applying together; business dates inclusive, {@code recordedFrom}
 * inclusive and {@code recordedBefore} exclusive. Answered with an {@link AuditPage}, newest first.
 */
public record FindAuditEventsQuery(String user, String role, String correlationId, String companyId,
                                   String aggregateType, String aggregateId, String eventType,
                                   LocalDate businessDateFrom, LocalDate businessDateTo, Instant recordedFrom,
                                   Instant recordedBefore, int page, int size) {
}
