package org.smesupport.casework.restructuring;

import java.time.LocalDate;

public record RestructuringStageAdvancedEvent(
        RestructuringCaseId caseId,
        RestructuringStage from,
        RestructuringStage to,
        LocalDate on) {
}
