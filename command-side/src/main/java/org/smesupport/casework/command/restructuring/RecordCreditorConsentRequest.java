package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

record RecordCreditorConsentRequest(
        @NotBlank String creditor,
        @NotNull Boolean consented,
        @NotNull LocalDate recordedOn) {

    RecordCreditorConsentCommand toCommand(RestructuringCaseId caseId) {
        return new RecordCreditorConsentCommand(caseId, creditor, consented, recordedOn);
    }
}
