package org.smesupport.casework.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How read models store dates: business dates as ISO strings ({@code 2020-04-01}), which sort and
 * range-filter correctly as strings and carry no time zone to drift; event times as BSON dates.
 */
public final class ReadModelDates {

    /** The centre's business day, for steps that carry no business date of their own. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");

    private ReadModelDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate parse(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    public static LocalDate businessDay(Instant timestamp) {
        return LocalDate.ofInstant(timestamp, BUSINESS_ZONE);
    }
}
