package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Yen;

/**
 * Early settlement: {@code amount} must be exactly what is owed on {@code settledOn} (everything due and
 * unpaid, plus the principal of the instalments not yet due); interest not yet due is waived.
 */
public record SettleLeaseContractEarlyCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate settledOn,
        Yen amount,
        @TargetAggregateVersion Long expectedVersion) {
}
