package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RestructuringStageAdvancedEvent(
        RestructuringCaseId caseId,
        RestructuringStage from,
        RestructuringStage to,
        LocalDate on) {
}
