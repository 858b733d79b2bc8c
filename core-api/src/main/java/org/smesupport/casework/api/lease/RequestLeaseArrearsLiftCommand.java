package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

/**
 * A caseworker asks to lift arrears the close of business raised on instalments that were not in fact
 * overdue (a transfer credited on time but recorded late, for instance); a supervisor decides.
 */
public record RequestLeaseArrearsLiftCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        List<Integer> instalmentNumbers,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate requestedOn,
        String requestedBy,
        String reason) implements Reasoned {
}
