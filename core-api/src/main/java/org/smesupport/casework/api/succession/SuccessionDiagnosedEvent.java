package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SuccessionDiagnosedEvent(
        SuccessionCaseId caseId,
        LocalDate diagnosedOn) {
}
