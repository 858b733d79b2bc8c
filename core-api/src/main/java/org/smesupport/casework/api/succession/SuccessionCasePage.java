package org.smesupport.casework.api.succession;

import java.util.List;

/** One page of a succession-case list; {@code total} counts every case matching the filter. */
public record SuccessionCasePage(List<SuccessionCaseView> items, int page, int size, long total) {
}
