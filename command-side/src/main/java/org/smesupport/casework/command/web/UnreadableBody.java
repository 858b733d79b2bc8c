package org.smesupport.casework.command.web;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says, in words a client developer can act on, why a request body could not be read: which field
 * and what it accepts, rather than Jackson's message, which names Java classes.
 *
 * @param field the JSON path of the offending value, or {@code null} when the body as a whole is bad
 */
record UnreadableBody(String field, String detail) {

    /** Enough of a refused value to recognise it; the rest of a 10,000-character value helps nobody. */
    private static final int MAX_ECHOED_LENGTH = 40;

    static UnreadableBody of(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof InvalidFormatException e) {
            String field = path(e);
            // the date reader's message names the accepted range
            String expected = e.getTargetType() == LocalDate.class ? e.getOriginalMessage() : accepted(e.getTargetType());
            return new UnreadableBody(field, "'%s' is not accepted for %s; expected %s."
                    .formatted(echo(e.getValue()), field, expected));
        }
        if (cause instanceof UnrecognizedPropertyException e) {
            String field = path(e);
            return new UnreadableBody(field, "%s is not a field of this request; it has %s."
                    .formatted(field, names(e.getKnownPropertyIds())));
        }
        if (cause instanceof MismatchedInputException e && e.getTargetType() != null) {
            String field = path(e);
            if (e.getPath().isEmpty() && e.getTargetType().isRecord()) {
                return new UnreadableBody(null, "The body must be one JSON object with nothing after it.");
            }
            return new UnreadableBody(field, "%s has the wrong type; expected %s."
                    .formatted(field, accepted(e.getTargetType())));
        }
        if (cause instanceof StreamReadException e) {
            String field = e.getProcessor() == null ? null : path(e.getProcessor().getParsingContext());
            return new UnreadableBody(field, "The body is not valid JSON: %s (line %d, column %d)."
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

    /**
     * Where the parser stopped, in the same style: for a duplicate key, the key; {@code null} before
     * the first field.
     */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            }
        }
        return path.isEmpty() ? null : path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_ECHOED_LENGTH ? text : text.substring(0, MAX_ECHOED_LENGTH) + "…";
    }

    private static String names(Collection<Object> known) {
        return known == null || known.isEmpty() ? "no fields"
                : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
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
        if (type == BigDecimal.class) {
            return "a number";
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
