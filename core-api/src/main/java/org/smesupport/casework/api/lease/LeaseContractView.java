package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.common.Yen;

/**
 * A contract in detail: its current state, with the ageing of its arrears measured at {@code asOf}
 * ({@code daysPastDue} and {@code arrearsBucket} are {@code null} without arrears past due on that date),
 * its receivables roll-forward per fiscal year, the requests awaiting a supervisor and every step, oldest
 * first. The state is today's: {@code asOf} moves only the clock the ageing is read against.
 */
public record LeaseContractView(
        LeaseContractSummary summary,
        Yen downPayment,
        int termMonths,
        PaymentFrequency frequency,
        int annualRateBasisPoints,
        int interestFreeMonths,
        LocalDate closedOn,
        Yen interestWaived,
        LocalDate asOf,
        Long daysPastDue,
        ArrearsBucket arrearsBucket,
        List<LeaseInstalmentView> schedule,
        List<LeaseRollForwardYear> rollForward,
        List<LeaseApprovalRequest> pendingRequests,
        List<TimelineEntry> timeline) {
}
