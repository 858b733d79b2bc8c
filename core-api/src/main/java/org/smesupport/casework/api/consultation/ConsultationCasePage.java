package org.smesupport.casework.api.consultation;

import java.util.List;

/** One page of a case list; {@code total} counts every case matching the filters. */
public record ConsultationCasePage(List<ConsultationCaseSummary> items, int page, int size, long total) {
}
