package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.RejectReferralOutcomeCorrectionCommand;

/** Rejection of a pending outcome correction, with its reason; the deciding user is the signed-in one. */
record RejectReferralOutcomeCorrectionRequest(
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 2000) String reason) {

    RejectReferralOutcomeCorrectionCommand toCommand(OrderRequestId orderRequestId, String referralId,
            String decidedBy) {
        return new RejectReferralOutcomeCorrectionCommand(orderRequestId, referralId, decidedOn, decidedBy, reason);
    }
}
