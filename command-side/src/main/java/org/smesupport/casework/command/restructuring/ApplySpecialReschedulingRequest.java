package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

record ApplySpecialReschedulingRequest(
        @NotNull LocalDate appliedOn,
        @Size(max = 2000) String note) {

    ApplySpecialReschedulingCommand toCommand(RestructuringCaseId caseId) {
        return new ApplySpecialReschedulingCommand(caseId, appliedOn, note);
    }
}
