package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;
import org.smesupport.casework.common.Reasoned;

/** A supervisor undoes an approved write-off; what is still unpaid of it returns to arrears. */
public record ReverseLeaseWriteOffCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate reversedOn,
        String reversedBy,
        String reason) implements Reasoned {
}
