package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

record AddCreditorRequest(
        @NotBlank @Size(max = RestructuringCase.MAX_CREDITOR_LENGTH) String creditor,
        @NotNull CreditorKind kind) {

    AddCreditorCommand toCommand(RestructuringCaseId caseId) {
        return new AddCreditorCommand(caseId, creditor, kind);
    }
}
