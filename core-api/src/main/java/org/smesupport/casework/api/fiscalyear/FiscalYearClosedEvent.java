package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A fiscal year was closed on the business date {@code closedOn}; who closed it is in the metadata. */
@Revision("1")
public record FiscalYearClosedEvent(String ledgerId, int fiscalYear, LocalDate closedOn, String reason) {
}
