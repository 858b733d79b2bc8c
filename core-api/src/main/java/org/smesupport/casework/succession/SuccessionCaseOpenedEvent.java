package org.smesupport.casework.succession;

import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

public record SuccessionCaseOpenedEvent(
        SuccessionCaseId caseId,
        CompanyId companyId,
        SuccessionSide side,
        LocalDate openedOn) {
}
