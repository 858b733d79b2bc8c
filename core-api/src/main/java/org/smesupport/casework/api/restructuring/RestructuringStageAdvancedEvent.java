package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

public record RestructuringStageAdvancedEvent(
        RestructuringCaseId caseId,
        RestructuringStage from,
        RestructuringStage to,
        LocalDate on) {
}
