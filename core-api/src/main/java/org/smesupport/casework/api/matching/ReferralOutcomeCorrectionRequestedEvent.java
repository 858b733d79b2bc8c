package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/**
 * A caseworker asked to correct a referral's outcome: what it would replace (the outcome as it stands) and
 * what it would set, exactly what an approval applies; {@code decidedOn} is the original decision's date,
 * the year whose figures the correction restates.
 */
@Revision("1")
public record ReferralOutcomeCorrectionRequestedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        ReferralOutcome previousOutcome,
        Yen previousInitialOrderAmount,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        LocalDate decidedOn,
        String reason,
        LocalDate requestedOn,
        String requestedBy) {
}
