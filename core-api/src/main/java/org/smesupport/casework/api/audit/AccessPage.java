package org.smesupport.casework.api.audit;

import java.util.List;

/** A page of the access log, newest first: {@code total} entries match in all. */
public record AccessPage(long total, int page, int size, List<AccessEntry> items) {
}
