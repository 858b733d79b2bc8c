package org.smesupport.casework.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AssignConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        String caseworker,
        @TargetAggregateVersion Long expectedVersion) {
}
