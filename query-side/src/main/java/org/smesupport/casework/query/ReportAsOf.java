package org.smesupport.casework.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.FigureChange;

/**
 * A fiscal-year report as it stood at the end of {@code asOf} (the centre's time zone): built from the events
 * recorded before {@code recordedBefore} ({@code eventsReplayed} of them concerned the report), with every figure
 * of its five-year tables that differs in today's report listed in {@code changedSince}.
 *
 * @param <R> the report's type
 */
public record ReportAsOf<R>(String report, int fiscalYear, LocalDate asOf, Instant recordedBefore,
                            long eventsReplayed, R figures, List<FigureChange> changedSince) {
}
