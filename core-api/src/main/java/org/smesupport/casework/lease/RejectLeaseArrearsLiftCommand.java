package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.NotAfterBusinessDate;
import org.smesupport.casework.common.Reasoned;

public record RejectLeaseArrearsLiftCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @NotAfterBusinessDate LocalDate decidedOn,
        String decidedBy,
        String reason) implements Reasoned {
}
