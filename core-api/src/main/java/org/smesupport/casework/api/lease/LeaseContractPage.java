package org.smesupport.casework.api.lease;

import java.util.List;

/** One page of a contract list; {@code total} counts every contract matching the filters. */
public record LeaseContractPage(List<LeaseContractSummary> items, int page, int size, long total) {
}
