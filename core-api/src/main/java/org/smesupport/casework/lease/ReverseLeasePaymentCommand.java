package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;
import org.smesupport.casework.common.Reasoned;

/** Undoes a recorded payment (a bounced transfer); the reason is required. */
public record ReverseLeasePaymentCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String paymentId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate reversedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
