package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

/** Undoes a recorded payment (a bounced transfer); the reason is required. */
public record ReverseLeasePaymentCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String paymentId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate reversedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
