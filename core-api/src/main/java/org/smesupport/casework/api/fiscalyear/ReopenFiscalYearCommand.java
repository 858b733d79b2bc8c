package org.smesupport.casework.api.fiscalyear;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.Reasoned;

/** Reopens a closed fiscal year (administrators only, with a reason), so that entries dated in it are accepted again. */
public record ReopenFiscalYearCommand(@TargetAggregateIdentifier String ledgerId, int fiscalYear, String reason,
                                      LocalDate businessDate) implements Reasoned {
}
