package org.smesupport.casework.command.closeofbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

class CloseOfBusinessScheduleTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 28);

    private final CloseOfBusinessRun run = mock(CloseOfBusinessRun.class);
    private final BusinessCalendar calendar = mock(BusinessCalendar.class);
    /** Whether another instance holds the close of business's lock; which locks were asked for. */
    private final AtomicBoolean heldElsewhere = new AtomicBoolean();
    private final List<LockConfiguration> asked = new ArrayList<>();
    private final LockProvider locks = configuration -> {
        asked.add(configuration);
        return heldElsewhere.get() ? Optional.empty() : Optional.of(() -> { });
    };
    private final CloseOfBusinessSchedule schedule = new CloseOfBusinessSchedule(run, calendar,
            new DefaultLockingTaskExecutor(locks),
            new CloseOfBusinessProperties(true, "0 */10 * * * *", 0, Duration.ofSeconds(30), Duration.ofMinutes(2)));

    @Test
    void aTickBeforeTheApplicationIsReadyClosesNothing() {
        schedule.daily();

        verifyNoInteractions(run, calendar);
    }

    @Test
    void onceReadyTheStartUpCatchUpAndEveryTickCloseUpToYesterday() {
        when(calendar.latestClosableDate()).thenReturn(YESTERDAY);

        schedule.catchUpAtStart();
        schedule.daily();

        verify(run, times(2)).catchUp(YESTERDAY);
        assertThat(asked).extracting(LockConfiguration::getName).containsExactly("close-of-business", "close-of-business");
        assertThat(asked.get(0).getLockAtMostFor()).as("lapses this long after its holder died")
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aTickWhileAnotherInstanceHoldsTheLockClosesNothing() {
        when(calendar.latestClosableDate()).thenReturn(YESTERDAY);
        heldElsewhere.set(true);

        schedule.catchUpAtStart();
        schedule.daily();

        verifyNoInteractions(run);
        heldElsewhere.set(false);
        schedule.daily();
        verify(run).catchUp(YESTERDAY);
    }
}
