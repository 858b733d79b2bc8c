package org.smesupport.casework.api.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The business dates the product accepts from its callers: from the first day of the first fiscal
 * year it can report to the end of the fiscal year a configured number of years ahead of today.
 * Checked at the edge (request bodies, parameters, headers) because a date outside it is always a
 * typo or an attack, and one stored in an event cannot be taken back: read models that file it
 * under a {@link FiscalYear} would fail on it at every replay.
 */
public final class AcceptedDates {

    /** Only the one way of writing a date: no sign, no five-digit years, no week or ordinal dates. */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final LocalDate earliest;
    private final int yearsAhead;
    private final Clock clock;

    public AcceptedDates(LocalDate earliest, int yearsAhead, Clock clock) {
        FiscalYear.containing(Objects.requireNonNull(earliest, "earliest"));
        if (yearsAhead < 0) {
            throw new IllegalArgumentException("years ahead must not be negative, was " + yearsAhead);
        }
        this.earliest = earliest;
        this.yearsAhead = yearsAhead;
        this.clock = Objects.requireNonNull(clock, "clock");
        FiscalYear.containing(latest());
    }

    public LocalDate earliest() {
        return earliest;
    }

    /** The last day of the fiscal year that contains today plus the configured years. */
    public LocalDate latest() {
        return FiscalYear.containing(LocalDate.now(clock).plusYears(yearsAhead)).lastDay();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest());
    }

    /**
     * The day written {@code YYYY-MM-DD} in {@code text}; empty when it is written any other way, is no
     * such day (2021-02-30) or lies outside the range.
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text)).filter(this::contains);
        } catch (DateTimeParseException noSuchDay) {
            return Optional.empty();
        }
    }

    /** What a caller is told to send instead: {@code a date written YYYY-MM-DD from … to …}. */
    public String expected() {
        return "a date written YYYY-MM-DD " + describe();
    }

    /** {@code from 1990-04-01 to 2057-03-31}, for messages that tell the caller what is accepted. */
    public String describe() {
        return "from " + earliest + " to " + latest();
    }
}
