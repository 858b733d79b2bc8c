package org.smesupport.casework.command.closeofbusiness;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CloseOfBusinessScheduleTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 28);

    private final CloseOfBusinessRun run = mock(CloseOfBusinessRun.class);
    private final BusinessCalendar calendar = mock(BusinessCalendar.class);
    private final CloseOfBusinessSchedule schedule = new CloseOfBusinessSchedule(run, calendar);

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
    }
}
