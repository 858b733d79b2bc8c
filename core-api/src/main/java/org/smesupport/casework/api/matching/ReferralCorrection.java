package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * A correction of a referral's outcome: what it replaced, what it set, why, when and by whom: {@code user}
 * and {@code role} recorded it (the approving supervisor), {@code requestedBy} asked for it (absent from
 * corrections made before they needed a checker).
 */
public record ReferralCorrection(
        ReferralOutcome previousOutcome,
        Yen previousInitialOrderAmount,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        LocalDate correctedOn,
        String user,
        String role,
        String requestedBy) {
}
