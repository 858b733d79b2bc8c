package org.smesupport.casework.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

record OpenConsultationCaseRequest(
        @NotBlank String companyId,
        @NotNull Desk desk,
        @NotBlank @Size(max = 200) String subject,
        @NotNull LocalDate openedOn) {

    OpenConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new OpenConsultationCaseCommand(caseId, CompanyId.of(companyId), desk, subject, openedOn);
    }
}
