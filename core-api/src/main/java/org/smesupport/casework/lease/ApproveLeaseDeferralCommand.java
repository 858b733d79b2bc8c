package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;

/** A supervisor approves a pending deferral; {@code decidedBy} may not be the user who requested it. */
public record ApproveLeaseDeferralCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
