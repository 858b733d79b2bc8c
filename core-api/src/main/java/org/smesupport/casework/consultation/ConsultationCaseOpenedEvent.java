package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

public record ConsultationCaseOpenedEvent(
        ConsultationCaseId caseId,
        CompanyId companyId,
        Desk desk,
        String subject,
        LocalDate openedOn) {
}
