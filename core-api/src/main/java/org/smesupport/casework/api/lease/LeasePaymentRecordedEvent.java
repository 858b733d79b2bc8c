package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/** A payment and how it was applied: oldest due first, interest before principal. */
@Revision("1")
public record LeasePaymentRecordedEvent(
        LeaseContractId contractId,
        String paymentId,
        LocalDate receivedOn,
        Yen amount,
        List<PaymentAllocation> allocations) {
}
