package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveLeaseWriteOffCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String comment) {
}
