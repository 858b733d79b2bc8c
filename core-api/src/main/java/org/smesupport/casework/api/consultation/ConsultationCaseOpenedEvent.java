package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

@Revision("1")
public record ConsultationCaseOpenedEvent(
        ConsultationCaseId caseId,
        CompanyId companyId,
        Desk desk,
        String subject,
        LocalDate openedOn) {
}
