package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;

/** A payment and how it was applied: oldest due first, interest before principal. */
public record LeasePaymentRecordedEvent(
        LeaseContractId contractId,
        String paymentId,
        LocalDate receivedOn,
        Yen amount,
        List<PaymentAllocation> allocations) {
}
