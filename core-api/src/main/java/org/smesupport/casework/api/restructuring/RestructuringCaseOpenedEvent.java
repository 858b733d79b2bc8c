package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

@Revision("1")
public record RestructuringCaseOpenedEvent(
        RestructuringCaseId caseId,
        CompanyId companyId,
        String summary,
        LocalDate openedOn) {
}
