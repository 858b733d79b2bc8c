package org.smesupport.casework.command.succession;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;

record RecordSuccessionDiagnosisRequest(@NotNull LocalDate diagnosedOn) {

    RecordSuccessionDiagnosisCommand toCommand(SuccessionCaseId caseId) {
        return new RecordSuccessionDiagnosisCommand(caseId, diagnosedOn);
    }
}
