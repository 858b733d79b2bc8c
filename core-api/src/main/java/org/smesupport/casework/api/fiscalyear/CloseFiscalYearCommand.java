package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.Reasoned;

/**
 * Closes a fiscal year: from then on its figures never change. {@code businessDate} is the centre's
 * business date when the close is asked for (filled in by the command side, not the caller): a year is
 * closed only once the close of business has closed its last day.
 */
public record CloseFiscalYearCommand(@TargetAggregateIdentifier String ledgerId, int fiscalYear, String reason,
                                     LocalDate businessDate) implements Reasoned {

    /** The one ledger of fiscal-year closes. */
    public static final String LEDGER_ID = "fiscal-years";
}
