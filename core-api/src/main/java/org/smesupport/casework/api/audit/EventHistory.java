package org.smesupport.casework.api.audit;

import java.util.List;

/** Every event stored for one record, oldest first. */
public record EventHistory(String aggregateId, String aggregateType, List<HistoryEvent> events) {
}
