package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A payment undone: its allocations are taken back. What it had paid on instalments that are in
 * arrears is owed again, so it returns to arrears ({@code arrearsReinstated}, counted as arrears arising
 * on {@code reversedOn}).
 */
@Revision("1")
public record LeasePaymentReversedEvent(
        LeaseContractId contractId,
        String paymentId,
        LocalDate reversedOn,
        String reason,
        List<PaymentAllocation> allocations,
        List<ArrearsEntry> arrearsReinstated) {
}
