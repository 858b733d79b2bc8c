package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;

/** A fiscal year was closed on the business date {@code closedOn}; who closed it is in the metadata. */
public record FiscalYearClosedEvent(String ledgerId, int fiscalYear, LocalDate closedOn, String reason) {
}
