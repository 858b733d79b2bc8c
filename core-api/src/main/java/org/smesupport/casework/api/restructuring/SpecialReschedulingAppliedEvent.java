package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SpecialReschedulingAppliedEvent(
        RestructuringCaseId caseId,
        LocalDate appliedOn,
        String note) {
}
