package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.company.CompanyId;

public record OpenConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        CompanyId companyId,
        Desk desk,
        String subject,
        @CountsInFiscalYear LocalDate openedOn) {
}
