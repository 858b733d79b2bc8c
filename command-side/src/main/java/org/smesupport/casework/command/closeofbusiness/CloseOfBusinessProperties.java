package org.smesupport.casework.command.closeofbusiness;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casework.lease.close-of-business.*}.
 *
 * @param enabled   run on the schedule and catch up at start-up (tests switch it off and run it by hand)
 * @param cron      when the run tries, in the centre's time zone; it closes every day up to yesterday
 * @param graceDays days after the due date before an unpaid instalment counts as in arrears
 * @param readModelWait how long a run waits for the lease read model to apply every stored event
 *                  before it refuses to run (it must not close a day without seeing every contract)
 * @param lockTimeout   how long the run's lock outlives an instance that died while running it: with several
 *                      command services one runs at a time, and another takes over after this (at least 30 s)
 */
@ConfigurationProperties("casework.lease.close-of-business")
record CloseOfBusinessProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("0 */10 * * * *") String cron,
                                 @DefaultValue("0") int graceDays,
                                 @DefaultValue("PT30S") Duration readModelWait,
                                 @DefaultValue("PT2M") Duration lockTimeout) {
}
