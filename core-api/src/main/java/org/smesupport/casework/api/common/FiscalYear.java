package org.smesupport.casework.api.common;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese public-sector fiscal year: April 1 to March 31, named by the calendar year it starts in.
 * FY2020 runs 2020-04-01 .. 2021-03-31 and is labelled {@code 2020 (R02)}.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** FY2019 is the first Reiwa year (R01); earlier years are Heisei (FY2018 = H30). */
    private static final int FIRST_REIWA_FISCAL_YEAR = 2019;
    private static final int FIRST_HEISEI_CALENDAR_YEAR = 1989;

    public FiscalYear {
        if (startYear < 1990 || startYear > 2999) {
            throw new IllegalArgumentException("fiscal year must be between 1990 and 2999, was " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** The era label the report prints under the year: R02, R01, H30. */
    public String eraLabel() {
        if (startYear >= FIRST_REIWA_FISCAL_YEAR) {
            return "R%02d".formatted(startYear - FIRST_REIWA_FISCAL_YEAR + 1);
        }
        return "H%02d".formatted(startYear - FIRST_HEISEI_CALENDAR_YEAR + 1);
    }

    /** {@code 2020 (R02)}, as the report's column headers show it. */
    public String label() {
        return startYear + " (" + eraLabel() + ")";
    }

    /** The key used in read-model document ids, e.g. {@code FY2020}. */
    @Override
    public String toString() {
        return "FY" + startYear;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
