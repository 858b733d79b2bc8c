package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;

/** Lifts exactly the arrears the request listed; the reversal counts in the fiscal year of {@code decidedOn}. */
public record ApproveLeaseArrearsLiftCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
