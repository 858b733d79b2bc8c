package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.Reasoned;

public record ReopenConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate reopenedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
