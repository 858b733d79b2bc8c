package org.smesupport.casework.command.succession;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionSide;

record OpenSuccessionCaseRequest(
        @NotBlank String companyId,
        @NotNull SuccessionSide side,
        @NotNull LocalDate openedOn,
        Boolean inPrefecture) {

    OpenSuccessionCaseCommand toCommand(SuccessionCaseId caseId) {
        return new OpenSuccessionCaseCommand(caseId, CompanyId.of(companyId), side, openedOn, inPrefecture);
    }
}
