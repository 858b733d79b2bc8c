package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.NotAfterBusinessDate;

/** Applies exactly the pending correction of the referral's outcome; {@code decidedOn} is its date. */
public record ApproveReferralOutcomeCorrectionCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
