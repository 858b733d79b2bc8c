package org.smesupport.casework.api.audit;

import java.util.List;

/**
 * Every event stored for one record, oldest first; {@code statesRebuilt}: whether the record's detail view can be
 * rebuilt as of each event ({@link FindRecordChangesQuery}), which depends on its type.
 */
public record EventHistory(String aggregateId, String aggregateType, List<HistoryEvent> events,
                           boolean statesRebuilt) {
}
