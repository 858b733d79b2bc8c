package org.smesupport.casework.projection;

import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * Watches every change a statistics projection makes to a fiscal year's document ({@link FiscalYearStatistics}):
 * the report's drill-down replays the event log through the projection and, from the document before and after
 * each event, finds which figures the event moved and by how much.
 */
@FunctionalInterface
public interface YearChanges {

    /** Nobody watches: the live projections. */
    YearChanges NONE = (year, position, before, after) -> { };

    /**
     * @param position the event's place in the global stream
     * @param before a copy of the year's document before the event ({@code null}: it had none)
     * @param after the document as the event left it; not to be changed
     */
    void changed(FiscalYear year, GlobalPosition position, Document before, Document after);
}
