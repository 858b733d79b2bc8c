package org.smesupport.casework.api.audit;

import java.util.List;

/** A page of the auditors' search, newest first: {@code total} events match in all. */
public record AuditPage(long total, int page, int size, List<AuditEntry> items) {
}
