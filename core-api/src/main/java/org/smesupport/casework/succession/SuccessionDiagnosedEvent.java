package org.smesupport.casework.succession;

import java.time.LocalDate;

public record SuccessionDiagnosedEvent(
        SuccessionCaseId caseId,
        LocalDate diagnosedOn) {
}
