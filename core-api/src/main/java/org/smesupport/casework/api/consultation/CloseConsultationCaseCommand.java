package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

public record CloseConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate closedOn,
        CaseOutcome outcome,
        String summary,
        @TargetAggregateVersion Long expectedVersion) {
}
