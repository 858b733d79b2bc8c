package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;

/** Grants exactly the interest the request listed; the grant is dated {@code decidedOn}. */
public record ApproveInterestSubsidyCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
