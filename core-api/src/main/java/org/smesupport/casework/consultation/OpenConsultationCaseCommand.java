package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.company.CompanyId;

public record OpenConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        CompanyId companyId,
        Desk desk,
        String subject,
        @CountsInFiscalYear LocalDate openedOn) {
}
