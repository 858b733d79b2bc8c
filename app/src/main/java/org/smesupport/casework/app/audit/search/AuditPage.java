package org.smesupport.casework.app.audit.search;

import java.util.List;

/** A page of the auditors' search, newest first: {@code total} events match in all. */
public record AuditPage(long total, int page, int size, List<AuditEntry> items) {
}
