package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AssignConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        String caseworker,
        LocalDate assignedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
