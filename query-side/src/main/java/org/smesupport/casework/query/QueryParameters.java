package org.smesupport.casework.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.smesupport.casework.api.common.AcceptedDates;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Parses request parameters by hand so that every bad value becomes a 400 problem document naming the
 * parameter and what it accepts, independent of how binding errors are rendered.
 */
public final class QueryParameters {

    public static final int MAX_PAGE_SIZE = 200;
    /** Keeps {@code page × size} within the {@code int} offset Mongo's skip takes. */
    public static final int MAX_PAGE = 1_000_000;

    private QueryParameters() {
    }

    public static int page(String raw) {
        int page = integer("page", raw);
        if (page < 0 || page > MAX_PAGE) {
            throw badRequest("page must be between 0 and " + MAX_PAGE + ", was " + page);
        }
        return page;
    }

    public static int size(String raw) {
        int size = integer("size", raw);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw badRequest("size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return size;
    }

    /** The named constant, or {@code null} for an absent or empty parameter. */
    public static <E extends Enum<E>> E constant(String name, Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException unknown) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw badRequest(name + " must be one of " + allowed + ", was '" + raw + "'");
        }
    }

    /**
     * A date written {@code YYYY-MM-DD} within the accepted range, or {@code null} for an absent or empty
     * parameter. A far date is refused rather than answered: read models compare dates only within the range.
     */
    public static LocalDate date(String name, String raw, AcceptedDates dates) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return dates.parse(raw.trim()).orElseThrow(() -> badRequest(name + " must be " + dates.expected()));
    }

    /** Refuses a range whose first day is after its last (either may be absent). */
    public static void inOrder(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw badRequest(fromName + " (" + from + ") is after " + toName + " (" + to + ")");
        }
    }

    /** The trimmed text, or {@code null} for an absent or empty parameter. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    public static int integer(String name, String raw) {
        try {
            return Integer.parseInt(raw == null ? "" : raw.trim());
        } catch (NumberFormatException invalid) {
            throw badRequest(name + " must be a whole number, was '" + raw + "'");
        }
    }

    public static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }
}
