package org.smesupport.casework.restructuring;

import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

public record RestructuringCaseOpenedEvent(
        RestructuringCaseId caseId,
        CompanyId companyId,
        String summary,
        LocalDate openedOn) {
}
