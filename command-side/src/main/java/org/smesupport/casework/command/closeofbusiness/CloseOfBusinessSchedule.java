package org.smesupport.casework.command.closeofbusiness;

import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes each business day shortly after it ends, and at start-up closes every day missed while the
 * application was down. It tries every ten minutes by default: when everything up to yesterday is
 * closed a try reads one stream and does nothing, and a run refused because the lease read model was
 * catching up is retried soon rather than the next night. The clock's zone (the centre's) decides
 * what "yesterday" is. Each day closed advances the business date.
 *
 * <p>Nothing is closed before the application is ready: start-up work that enters history day by day
 * (the demo history, closing each day itself) runs before that, and a tick of the clock in the middle of
 * it would close yesterday under its feet, so that none of the days it still had to close could be closed.
 * The start-up catch-up closes what is due as soon as that work is done.
 *
 * <p>With several command services each tries on its own schedule, and a lock lets one run at a time: a try that
 * finds it held does nothing, since the holder closes the same days. The lock is extended while the run lasts and
 * lapses {@code lock-timeout} after its holder dies. (Two runs at once could not close a day twice anyway: the
 * {@link CloseOfBusinessLedger} takes each day once, in order; the lock spares the loser its work and its refusal.)
 */
@Component
@ConditionalOnProperty(name = "casework.lease.close-of-business.enabled", havingValue = "true", matchIfMissing = true)
class CloseOfBusinessSchedule {

    private static final Logger log = LoggerFactory.getLogger(CloseOfBusinessSchedule.class);

    static final String LOCK = "close-of-business";

    private final CloseOfBusinessRun run;
    private final BusinessCalendar calendar;
    private final LockingTaskExecutor locks;
    private final Duration lockTimeout;
    private volatile boolean ready;

    CloseOfBusinessSchedule(CloseOfBusinessRun run, BusinessCalendar calendar, LockingTaskExecutor locks,
                            CloseOfBusinessProperties properties) {
        this.run = run;
        this.calendar = calendar;
        this.locks = locks;
        this.lockTimeout = properties.lockTimeout();
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        ready = true;
        closeUpToYesterday();
    }

    @Scheduled(cron = "${casework.lease.close-of-business.cron:0 */10 * * * *}", zone = "${casework.zone:Asia/Tokyo}")
    void daily() {
        if (ready) {
            closeUpToYesterday();
        }
    }

    /**
     * A failed run is logged and left for the next trigger: every date after the last closed one is run
     * again then, and each run is idempotent, so nothing is lost by failing here.
     */
    private void closeUpToYesterday() {
        locks.executeWithLock((Runnable) this::closeUpToYesterdayHoldingTheLock,
                new LockConfiguration(ClockProvider.now(), LOCK, lockTimeout, Duration.ZERO));
    }

    private void closeUpToYesterdayHoldingTheLock() {
        LocalDate yesterday = calendar.latestClosableDate();
        try {
            run.catchUp(yesterday);
            log.debug("Close of business done up to {}", yesterday);
        } catch (ReadModelNotCurrent e) {
            log.warn("Close of business up to {} waits for the next try: {}", yesterday, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Close of business up to {} failed; the next scheduled run catches up", yesterday, e);
        }
    }
}
