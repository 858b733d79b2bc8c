package org.smesupport.casework.api.matching;

import java.time.LocalDate;

/** A refused correction of a referral's outcome, kept for auditors; the outcome stays as it was. */
public record ReferralOutcomeCorrectionRejectedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
