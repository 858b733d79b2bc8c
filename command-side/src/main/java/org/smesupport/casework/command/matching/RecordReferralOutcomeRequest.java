package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.command.web.YenAmount;

/**
 * {@code initialOrderAmount} in whole yen: required (more than 0) for CONCLUDED, left out or 0 for
 * NOT_CONCLUDED, which needs a {@code reason} instead. The aggregate decides, so the caseworker reads one
 * message whichever way it is wrong.
 */
record RecordReferralOutcomeRequest(
        @NotNull ReferralOutcome outcome,
        @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal initialOrderAmount,
        @Size(max = 1000) String reason,
        @NotNull LocalDate decidedOn) {

    RecordReferralOutcomeCommand toCommand(OrderRequestId orderRequestId, String referralId) {
        return new RecordReferralOutcomeCommand(orderRequestId, referralId, outcome, YenAmount.of(initialOrderAmount),
                reason, decidedOn);
    }
}
