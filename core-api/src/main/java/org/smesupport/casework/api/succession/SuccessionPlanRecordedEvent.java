package org.smesupport.casework.api.succession;

import java.time.LocalDate;

public record SuccessionPlanRecordedEvent(
        SuccessionCaseId caseId,
        LocalDate plannedOn) {
}
