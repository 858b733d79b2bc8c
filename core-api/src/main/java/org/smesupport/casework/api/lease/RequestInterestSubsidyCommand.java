package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;

/**
 * A caseworker asks for the interest subsidy (利息補助) of one fiscal year: the holder's sales fell by
 * {@code salesDeclineBasisPoints} (hundredths of a percent) against the same period a year earlier, as
 * {@code evidence} shows. Sole proprietors qualify from a 5 % fall, other firms from 15 %. A supervisor
 * decides: public money is granted on evidence someone else has checked.
 */
public record RequestInterestSubsidyCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate requestedOn,
        String requestedBy) {
}
