package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/**
 * One consultation session. {@code durationMinutes} is how long it took; {@code notes} are the
 * minutes of what was discussed.
 */
public record RecordConsultationSessionCommand(
        @TargetAggregateIdentifier ConsultationCaseId caseId,
        @CountsInFiscalYear LocalDate heldOn,
        ConsultationCategory category,
        String counsellor,
        int durationMinutes,
        String notes,
        boolean lawyerConsultation,
        @TargetAggregateVersion Long expectedVersion) {
}
