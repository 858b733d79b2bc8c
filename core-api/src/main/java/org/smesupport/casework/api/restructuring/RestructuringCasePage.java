package org.smesupport.casework.api.restructuring;

import java.util.List;

/** One page of a restructuring-case list; {@code total} counts every case matching the filter. */
public record RestructuringCasePage(List<RestructuringCaseSummary> items, int page, int size, long total) {
}
