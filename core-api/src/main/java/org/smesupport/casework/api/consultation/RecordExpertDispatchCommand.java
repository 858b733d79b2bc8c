package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

public record RecordExpertDispatchCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate dispatchedOn,
        ExpertDispatchKind kind,
        String expert,
        String notes,
        @TargetAggregateVersion Long expectedVersion) {
}
