package org.smesupport.casework.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How read models store dates: business dates as ISO strings ({@code 2020-04-01}), which carry no time
 * zone to drift; event times as BSON dates. The strings sort like the dates only for four-digit years:
 * the API accepts no others, but events stored before it refused them may carry {@code +10000-01-01},
 * so code compares stored dates with {@link #isBefore}, never as strings.
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

    /** {@code first} is an earlier day than {@code second}, both as stored. */
    public static boolean isBefore(String first, String second) {
        return parse(first).isBefore(parse(second));
    }

    public static LocalDate businessDay(Instant timestamp) {
        return LocalDate.ofInstant(timestamp, BUSINESS_ZONE);
    }
}
