package org.smesupport.casework.api.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as it stood on a past day, for a page: its five-year tables then (with the years' labels, A and B) and
 * every figure that differs in today's report ({@code changedSince}); built from the {@code eventsReplayed} events
 * recorded before {@code recordedBefore}.
 */
public record ReportAsOfView(String report, int fiscalYear, LocalDate asOf, Instant recordedBefore, long eventsReplayed,
                             List<String> yearLabels, String yearALabel, String yearBLabel, List<ReportTable> tables,
                             List<FigureChange> changedSince) {
}
