package org.smesupport.casework.api.matching;

import java.util.List;

/** One page of a supplier list; {@code total} counts every supplier matching the filters. */
public record SupplierPage(List<SupplierView> items, int page, int size, long total) {
}
