package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

/** A caseworker asks to write off (償却) the contract's arrears; a supervisor decides. */
public record RequestLeaseWriteOffCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate requestedOn,
        String requestedBy,
        String reason) implements Reasoned {
}
