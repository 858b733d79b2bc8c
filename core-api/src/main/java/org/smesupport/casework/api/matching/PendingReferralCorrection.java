package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/** A correction of a referral's outcome awaiting a supervisor: what it would set, why, when and by whom. */
public record PendingReferralCorrection(
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        LocalDate requestedOn,
        String requestedBy) {
}
