package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;

/** Lifts exactly the arrears the request listed; the reversal counts in the fiscal year of {@code decidedOn}. */
public record ApproveLeaseArrearsLiftCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
