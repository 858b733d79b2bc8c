package org.smesupport.casework.web.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.smesupport.casework.api.audit.HistoryEvent;

/**
 * One event as the history page prints it: recorded at the centre's local time, and each field of the event as
 * text ({@link EventFields}).
 */
record HistoryRow(HistoryEvent event, LocalDateTime recordedAt, List<EventFields.Field> fields) {

    static HistoryRow of(HistoryEvent event, ZoneId zone, ObjectMapper json) {
        return new HistoryRow(event, LocalDateTime.ofInstant(event.recordedAt(), zone), EventFields.of(event.payload(), json));
    }
}
