package org.smesupport.casework.api.fiscalyear;

/** Whether a fiscal year's figures are final (closed) or provisional, answered as {@link FiscalYearStatus}. */
public record FindFiscalYearStatusQuery(int fiscalYear) {
}
