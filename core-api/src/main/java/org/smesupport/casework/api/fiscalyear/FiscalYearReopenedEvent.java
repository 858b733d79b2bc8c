package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;

/** A closed fiscal year was reopened on the business date {@code reopenedOn}; who reopened it is in the metadata. */
public record FiscalYearReopenedEvent(String ledgerId, int fiscalYear, LocalDate reopenedOn, String reason) {
}
