package org.smesupport.casework.web.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.api.audit.HistoryEvent;

/**
 * One event as the history page prints it: recorded at the centre's local time, and each field of the event as
 * text (a nested value, such as an amount with its currency or a list of processes, as compact JSON).
 */
record HistoryRow(HistoryEvent event, LocalDateTime recordedAt, List<Field> fields) {

    record Field(String name, String text) {
    }

    static HistoryRow of(HistoryEvent event, ZoneId zone, ObjectMapper json) {
        List<Field> fields = event.payload().entrySet().stream()
                .map(field -> new Field(field.getKey(), text(field.getValue(), json))).toList();
        return new HistoryRow(event, LocalDateTime.ofInstant(event.recordedAt(), zone), fields);
    }

    private static String text(Object value, ObjectMapper json) {
        if (!(value instanceof Map<?, ?> || value instanceof List<?>)) {
            return String.valueOf(value);
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event field read as JSON could not be written back", e);
        }
    }
}
