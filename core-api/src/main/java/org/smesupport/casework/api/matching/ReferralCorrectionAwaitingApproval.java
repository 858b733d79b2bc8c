package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * A supervisor's queue entry: the referral's outcome as it stands ({@code outcome}, {@code initialOrderAmount},
 * decided on {@code decidedOn}) and the correction asked for.
 */
public record ReferralCorrectionAwaitingApproval(
        OrderRequestId orderRequestId,
        String orderingFirm,
        String referralId,
        SupplierId supplierId,
        String supplierName,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        LocalDate decidedOn,
        PendingReferralCorrection correction) {
}
