package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A refused correction of a referral's outcome, kept for auditors; the outcome stays as it was. */
@Revision("1")
public record ReferralOutcomeCorrectionRejectedEvent(
        OrderRequestId orderRequestId,
        String referralId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
