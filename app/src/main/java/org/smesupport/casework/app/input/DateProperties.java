package org.smesupport.casework.app.input;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casework.dates.*}: the business dates requests may carry.
 *
 * @param earliest         the first accepted day: the start of FY1990, the first fiscal year the
 *                         product can report
 * @param latestYearsAhead how far ahead of today dates may lie, up to the end of that fiscal year.
 *                         Thirty: the longest lease (240 months) opened today, then deferred or
 *                         rescheduled under a restructuring plan, still ends well inside it, while a
 *                         mistyped year (3020, 2302) is refused and FY2999, the last year the read
 *                         models can file, stays out of reach
 */
@ConfigurationProperties("casework.dates")
record DateProperties(@DefaultValue("1990-04-01") LocalDate earliest, @DefaultValue("30") int latestYearsAhead) {
}
