package org.smesupport.casework.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

record RecordCreditorConsentRequest(
        @NotBlank String creditor,
        @NotNull Boolean consented,
        @NotNull LocalDate recordedOn) {

    RecordCreditorConsentCommand toCommand(RestructuringCaseId caseId) {
        return new RecordCreditorConsentCommand(caseId, creditor, consented, recordedOn);
    }
}
