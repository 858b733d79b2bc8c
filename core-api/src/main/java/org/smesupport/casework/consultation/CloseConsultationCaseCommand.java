package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloseConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        LocalDate closedOn,
        CaseOutcome outcome,
        String summary,
        @TargetAggregateVersion Long expectedVersion) {
}
