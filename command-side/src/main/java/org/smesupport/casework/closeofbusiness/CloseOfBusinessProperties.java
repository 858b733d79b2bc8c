package org.smesupport.casework.closeofbusiness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casework.lease.close-of-business.*}.
 *
 * @param enabled   run on the schedule and catch up at start-up (tests switch it off and run it by hand)
 * @param cron      when the daily run starts, in the centre's time zone; it closes the previous day
 * @param graceDays days after the due date before an unpaid instalment counts as in arrears
 */
@ConfigurationProperties("casework.lease.close-of-business")
record CloseOfBusinessProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("0 30 0 * * *") String cron,
                                 @DefaultValue("0") int graceDays) {
}
