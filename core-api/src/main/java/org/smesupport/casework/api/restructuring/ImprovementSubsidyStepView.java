package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** A step of a subsidy file; {@code approved} for decisions, {@code null} for receipts. */
public record ImprovementSubsidyStepView(ImprovementSubsidyStep step, LocalDate on, Boolean approved) {
}
