package org.smesupport.casework.succession;

import java.time.LocalDate;

public record SuccessionPlanRecordedEvent(
        SuccessionCaseId caseId,
        LocalDate plannedOn) {
}
