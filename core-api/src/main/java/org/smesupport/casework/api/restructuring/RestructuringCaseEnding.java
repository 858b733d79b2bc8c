package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** How a case ended: at which stage, withdrawn by the firm or closed by the centre, and why. */
public record RestructuringCaseEnding(RestructuringStage atStage, boolean withdrawnByFirm, String reason, LocalDate endedOn) {
}
