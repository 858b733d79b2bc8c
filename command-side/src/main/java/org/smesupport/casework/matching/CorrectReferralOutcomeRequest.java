package org.smesupport.casework.matching;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.web.YenAmount;

/** The outcome as it should have been recorded, and why it is corrected; amounts as when recording. */
record CorrectReferralOutcomeRequest(
        @NotNull ReferralOutcome outcome,
        @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal initialOrderAmount,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate correctedOn) {

    CorrectReferralOutcomeCommand toCommand(OrderRequestId orderRequestId, String referralId) {
        return new CorrectReferralOutcomeCommand(orderRequestId, referralId, outcome, YenAmount.of(initialOrderAmount),
                reason, correctedOn);
    }
}
