package org.smesupport.casework.succession;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

record OpenSuccessionCaseRequest(
        @NotBlank String companyId,
        @NotNull SuccessionSide side,
        @NotNull LocalDate openedOn,
        Boolean inPrefecture) {

    OpenSuccessionCaseCommand toCommand(SuccessionCaseId caseId) {
        return new OpenSuccessionCaseCommand(caseId, CompanyId.of(companyId), side, openedOn, inPrefecture);
    }
}
