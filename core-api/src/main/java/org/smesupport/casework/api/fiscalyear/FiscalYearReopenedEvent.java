package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A closed fiscal year was reopened on the business date {@code reopenedOn}; who reopened it is in the metadata. */
@Revision("1")
public record FiscalYearReopenedEvent(String ledgerId, int fiscalYear, LocalDate reopenedOn, String reason) {
}
