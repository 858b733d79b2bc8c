package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;

public record RestructuringCaseOpenedEvent(
        RestructuringCaseId caseId,
        CompanyId companyId,
        String summary,
        LocalDate openedOn) {
}
