package org.smesupport.casework.web.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * An event's fields as a page prints them: each as text, a nested value (an amount with its currency, a list of
 * processes) as compact JSON.
 */
public final class EventFields {

    public record Field(String name, String text) {
    }

    private EventFields() {
    }

    public static List<Field> of(Map<String, Object> payload, ObjectMapper json) {
        return payload.entrySet().stream().map(field -> new Field(field.getKey(), text(field.getValue(), json))).toList();
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
