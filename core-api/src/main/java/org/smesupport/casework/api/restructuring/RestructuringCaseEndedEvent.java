package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** {@code atStage}: the stage the case was in when it ended. */
public record RestructuringCaseEndedEvent(
        RestructuringCaseId caseId,
        RestructuringStage atStage,
        boolean withdrawnByFirm,
        String reason,
        LocalDate endedOn) {
}
