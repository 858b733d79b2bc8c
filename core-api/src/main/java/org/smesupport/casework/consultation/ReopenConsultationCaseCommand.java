package org.smesupport.casework.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.Reasoned;

public record ReopenConsultationCaseCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate reopenedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
