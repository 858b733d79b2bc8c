package org.smesupport.casework.command.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;

/** {@code lawyerConsultation} may be left out: most sessions are not. */
record RecordConsultationSessionRequest(
        @NotNull LocalDate heldOn,
        @NotNull ConsultationCategory category,
        @NotBlank @Size(max = 100) String counsellor,
        @NotNull @Min(1) @Max(ConsultationCase.MAX_SESSION_MINUTES) Integer durationMinutes,
        @Size(max = 4000) String notes,
        Boolean lawyerConsultation,
        @PositiveOrZero Long expectedVersion) {

    RecordConsultationSessionCommand toCommand(ConsultationCaseId caseId) {
        return new RecordConsultationSessionCommand(caseId, heldOn, category, counsellor, durationMinutes, notes,
                Boolean.TRUE.equals(lawyerConsultation), expectedVersion);
    }
}
