package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

/** A supervisor undoes an approved write-off; what is still unpaid of it returns to arrears. */
public record ReverseLeaseWriteOffCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate reversedOn,
        String reversedBy,
        String reason) implements Reasoned {
}
