package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;

/** A supervisor approves a pending deferral; {@code decidedBy} may not be the user who requested it. */
public record ApproveLeaseDeferralCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
