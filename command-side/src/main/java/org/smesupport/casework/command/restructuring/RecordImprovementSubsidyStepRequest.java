package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.command.web.YenAmount;

/** {@code cost} (whole yen) with the payment application only; {@code approved} with the decisions only. */
record RecordImprovementSubsidyStepRequest(
        @NotNull ImprovementSubsidyStep step,
        @Positive @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal cost,
        Boolean approved,
        @NotNull LocalDate on) {

    RecordImprovementSubsidyStepCommand toCommand(ImprovementSubsidyId subsidyId) {
        return new RecordImprovementSubsidyStepCommand(subsidyId, step, null, null, YenAmount.of(cost), approved, on);
    }
}
