package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.command.web.YenAmount;

/** The outcome as it should have been recorded, and why it is corrected; amounts as when recording. */
record RequestReferralOutcomeCorrectionRequest(
        @NotNull ReferralOutcome outcome,
        @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal initialOrderAmount,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate requestedOn) {

    RequestReferralOutcomeCorrectionCommand toCommand(OrderRequestId orderRequestId, String referralId,
            String requestedBy) {
        return new RequestReferralOutcomeCorrectionCommand(orderRequestId, referralId, outcome,
                YenAmount.of(initialOrderAmount), reason, requestedOn, requestedBy);
    }
}
