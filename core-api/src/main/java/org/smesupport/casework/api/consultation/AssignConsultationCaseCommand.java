package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

public record AssignConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        String caseworker,
        @CountsInFiscalYear LocalDate assignedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
