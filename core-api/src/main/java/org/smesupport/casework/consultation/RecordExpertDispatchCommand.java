package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.common.CountsInFiscalYear;

public record RecordExpertDispatchCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate dispatchedOn,
        ExpertDispatchKind kind,
        String expert,
        String notes,
        @TargetAggregateVersion Long expectedVersion) {
}
