package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * One instalment: what was scheduled, what paid it ({@code paid}: by the firm, on the books;
 * {@code subsidisedInterest}: by the interest subsidy; {@code waived}: interest waived at an early
 * settlement), what was written off (net of reversals) and recovered after that, and {@code unpaid}: what
 * is still owed on the books. {@code state} is as of the date the view was asked for.
 */
public record LeaseInstalmentView(
        int number,
        LocalDate dueDate,
        Yen principal,
        Yen interest,
        Yen subsidisedInterest,
        Yen paid,
        Yen writtenOff,
        Yen recoveredAfterWriteOff,
        Yen waived,
        Yen unpaid,
        boolean inArrears,
        InstalmentState state) {
}
