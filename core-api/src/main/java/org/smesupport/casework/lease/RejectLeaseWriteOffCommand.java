package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.Reasoned;

public record RejectLeaseWriteOffCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) implements Reasoned {
}
