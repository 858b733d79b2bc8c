package org.smesupport.casework.command.succession;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;

record RecordSuccessionPlanRequest(@NotNull LocalDate plannedOn) {

    RecordSuccessionPlanCommand toCommand(SuccessionCaseId caseId) {
        return new RecordSuccessionPlanCommand(caseId, plannedOn);
    }
}
