package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

public record RejectReferralOutcomeCorrectionCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String reason) implements Reasoned {
}
