package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** A stage the case entered, on the business date the step carried. */
public record RestructuringStageEntry(RestructuringStage stage, LocalDate enteredOn) {
}
