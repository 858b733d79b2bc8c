package org.smesupport.casework.succession;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

record RecordSuccessionDiagnosisRequest(@NotNull LocalDate diagnosedOn) {

    RecordSuccessionDiagnosisCommand toCommand(SuccessionCaseId caseId) {
        return new RecordSuccessionDiagnosisCommand(caseId, diagnosedOn);
    }
}
