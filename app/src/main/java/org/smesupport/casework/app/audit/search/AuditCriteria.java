package org.smesupport.casework.app.audit.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the auditors' search looks for; every criterion is optional ({@code null}) and they all apply together.
 * Business dates are inclusive; {@code recordedFrom} is inclusive and {@code recordedBefore} exclusive.
 */
record AuditCriteria(String user, String role, String correlationId, String companyId, String aggregateType,
                     String aggregateId,
                     String eventType, LocalDate businessDateFrom, LocalDate businessDateTo, Instant recordedFrom,
                     Instant recordedBefore) {
}
