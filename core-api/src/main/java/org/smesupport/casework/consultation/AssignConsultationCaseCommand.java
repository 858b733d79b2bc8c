package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.common.CountsInFiscalYear;

public record AssignConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        String caseworker,
        @CountsInFiscalYear LocalDate assignedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
