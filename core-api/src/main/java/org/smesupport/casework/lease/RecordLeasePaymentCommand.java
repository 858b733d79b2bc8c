package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;
import org.smesupport.casework.common.Yen;

/** A payment received on {@code receivedOn} (may lie in the past: a transfer that arrived last Friday). */
public record RecordLeasePaymentCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String paymentId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate receivedOn,
        Yen amount,
        @TargetAggregateVersion Long expectedVersion) {
}
