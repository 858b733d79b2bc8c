package org.smesupport.casework.api.consultation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

@Revision("1")
public record ExpertDispatchRecordedEvent(
        ConsultationCaseId caseId,
        int dispatchNumber,
        Desk desk,
        LocalDate dispatchedOn,
        ExpertDispatchKind kind,
        @PersonalData String expert,
        @PersonalData String notes) {
}
