package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

record OpenRestructuringCaseRequest(
        @NotBlank String companyId,
        @NotBlank @Size(max = RestructuringCase.MAX_SUMMARY_LENGTH) String summary,
        @NotNull LocalDate openedOn) {

    OpenRestructuringCaseCommand toCommand(RestructuringCaseId caseId) {
        return new OpenRestructuringCaseCommand(caseId, CompanyId.of(companyId), summary, openedOn);
    }
}
