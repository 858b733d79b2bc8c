package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;

record OpenConsultationCaseRequest(
        @NotBlank String companyId,
        @NotNull Desk desk,
        @NotBlank @Size(max = 200) String subject,
        @NotNull LocalDate openedOn) {

    OpenConsultationCaseCommand toCommand(ConsultationCaseId caseId) {
        return new OpenConsultationCaseCommand(caseId, CompanyId.of(companyId), desk, subject, openedOn);
    }
}
