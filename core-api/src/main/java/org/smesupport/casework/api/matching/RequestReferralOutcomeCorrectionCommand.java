package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;
import org.smesupport.casework.api.common.Yen;

/**
 * Asks to correct a recorded outcome; never silently: the reason is required, the old outcome is kept, and
 * a different supervisor approves, since the correction changes figures the centre may have published.
 */
public record RequestReferralOutcomeCorrectionCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        @NotAfterBusinessDate LocalDate requestedOn,
        String requestedBy) implements Reasoned {
}
