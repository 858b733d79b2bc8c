package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** A creditor and its latest answer to the plan; {@code consented} is {@code null} until it answers. */
public record RestructuringCreditorView(String creditor, CreditorKind kind, Boolean consented, LocalDate consentRecordedOn) {
}
