package org.smesupport.casework.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AddCreditorRequest(
        @NotBlank @Size(max = RestructuringCase.MAX_CREDITOR_LENGTH) String creditor,
        @NotNull CreditorKind kind) {

    AddCreditorCommand toCommand(RestructuringCaseId caseId) {
        return new AddCreditorCommand(caseId, creditor, kind);
    }
}
