package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.OrderRequestId;

/** Approval of a pending outcome correction; the deciding user is the signed-in one. */
record ApproveReferralOutcomeCorrectionRequest(
        @NotNull LocalDate decidedOn,
        @Size(max = 2000) String comment) {

    ApproveReferralOutcomeCorrectionCommand toCommand(OrderRequestId orderRequestId, String referralId,
            String decidedBy) {
        return new ApproveReferralOutcomeCorrectionCommand(orderRequestId, referralId, decidedOn, decidedBy, comment);
    }
}
