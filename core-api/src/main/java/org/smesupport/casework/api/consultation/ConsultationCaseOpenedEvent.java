package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;

public record ConsultationCaseOpenedEvent(
        ConsultationCaseId caseId,
        CompanyId companyId,
        Desk desk,
        String subject,
        LocalDate openedOn) {
}
