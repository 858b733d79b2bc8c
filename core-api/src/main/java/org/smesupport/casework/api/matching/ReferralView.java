package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;

/**
 * One introduction (紹介) and its outcome as it stands now; {@code outcome} and the fields after it are
 * {@code null} while the outcome is awaited. {@code recordedBy} is the user who recorded the outcome;
 * {@code corrections} lists every change since, oldest first, each with what it replaced;
 * {@code pendingCorrection} is a correction awaiting a supervisor ({@code null} when there is none).
 */
public record ReferralView(
        String referralId,
        SupplierId supplierId,
        String supplierName,
        LocalDate introducedOn,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String outcomeReason,
        LocalDate decidedOn,
        String recordedBy,
        List<ReferralCorrection> corrections,
        PendingReferralCorrection pendingCorrection) {
}
