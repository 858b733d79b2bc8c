package org.smesupport.casework.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says, in words a client developer can act on, why a request body could not be read: which field
 * and what it accepts, rather than Jackson's message, which names Java classes.
 *
 * @param field the JSON path of the offending value, or {@code null} when the body as a whole is bad
 */
record UnreadableBody(String field, String detail) {

    static UnreadableBody of(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof InvalidFormatException e) {
            String field = path(e);
            return new UnreadableBody(field, "'%s' is not accepted for %s; expected %s."
                    .formatted(e.getValue(), field, accepted(e.getTargetType())));
        }
        if (cause instanceof MismatchedInputException e && e.getTargetType() != null) {
            String field = path(e);
            return new UnreadableBody(field, "%s has the wrong type; expected %s."
                    .formatted(field, accepted(e.getTargetType())));
        }
        if (cause instanceof JsonParseException e) {
            return new UnreadableBody(null, "The body is not valid JSON: %s (line %d, column %d)."
                    .formatted(e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        if (cause instanceof JsonMappingException e) {
            String field = path(e);
            return new UnreadableBody(field, field + " could not be read: " + e.getOriginalMessage());
        }
        return new UnreadableBody(null, "The request needs a JSON body.");
    }

    /** {@code sessions[0].heldOn} style, or {@code body} for the top level. */
    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String accepted(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "a JSON " + (type.isRecord() ? "object" : "value");
    }
}
