package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;

/**
 * A fiscal year's figures: {@code PROVISIONAL} while the year is open (they may still change), or
 * {@code CLOSED} with the business date of the close, who closed it and the ledger version of the close,
 * which names this edition of the figures.
 */
public record FiscalYearStatus(int fiscalYear, String status, LocalDate closedOn, String closedBy, Long version) {

    public static final String PROVISIONAL = "PROVISIONAL";
    public static final String CLOSED = "CLOSED";

    public static FiscalYearStatus provisional(int fiscalYear) {
        return new FiscalYearStatus(fiscalYear, PROVISIONAL, null, null, null);
    }
}
