package org.smesupport.casework.api.succession;

import java.time.LocalDate;

public record SuccessionDiagnosedEvent(
        SuccessionCaseId caseId,
        LocalDate diagnosedOn) {
}
