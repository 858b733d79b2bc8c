package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

public record SpecialReschedulingAppliedEvent(
        RestructuringCaseId caseId,
        LocalDate appliedOn,
        String note) {
}
