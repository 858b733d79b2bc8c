package org.smesupport.casework.api.matching;

import java.util.List;

/** One page of an order-request list; {@code total} counts every request matching the filter. */
public record OrderRequestPage(List<OrderRequestSummary> items, int page, int size, long total) {
}
