package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

/** {@code withdrawnByFirm}: true when the firm withdrew, false when the centre closed the case. */
record EndRestructuringCaseRequest(
        @NotNull Boolean withdrawnByFirm,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull LocalDate endedOn) {

    EndRestructuringCaseCommand toCommand(RestructuringCaseId caseId) {
        return new EndRestructuringCaseCommand(caseId, withdrawnByFirm, reason, endedOn);
    }
}
