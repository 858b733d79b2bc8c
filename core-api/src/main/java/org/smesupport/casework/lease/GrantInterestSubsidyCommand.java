package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;

/**
 * The interest subsidy (利息補助) for one fiscal year: the holder's sales fell by
 * {@code salesDeclineBasisPoints} (hundredths of a percent) against the same period a year earlier, as
 * {@code evidence} shows. Sole proprietors qualify from a 5 % fall, other firms from 15 %.
 */
public record GrantInterestSubsidyCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        @CountsInFiscalYear int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate grantedOn) {
}
