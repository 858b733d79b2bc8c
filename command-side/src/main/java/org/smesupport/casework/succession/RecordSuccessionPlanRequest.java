package org.smesupport.casework.succession;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

record RecordSuccessionPlanRequest(@NotNull LocalDate plannedOn) {

    RecordSuccessionPlanCommand toCommand(SuccessionCaseId caseId) {
        return new RecordSuccessionPlanCommand(caseId, plannedOn);
    }
}
