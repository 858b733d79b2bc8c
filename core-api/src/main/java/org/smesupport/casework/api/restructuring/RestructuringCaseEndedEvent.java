package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code atStage}: the stage the case was in when it ended. */
@Revision("1")
public record RestructuringCaseEndedEvent(
        RestructuringCaseId caseId,
        RestructuringStage atStage,
        boolean withdrawnByFirm,
        String reason,
        LocalDate endedOn) {
}
