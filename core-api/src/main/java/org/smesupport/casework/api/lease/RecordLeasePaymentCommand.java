package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Yen;

/** A payment received on {@code receivedOn} (may lie in the past: a transfer that arrived last Friday). */
public record RecordLeasePaymentCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String paymentId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate receivedOn,
        Yen amount,
        @TargetAggregateVersion Long expectedVersion) {
}
