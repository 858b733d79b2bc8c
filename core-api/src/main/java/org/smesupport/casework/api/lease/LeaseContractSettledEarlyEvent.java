package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/**
 * Paid off early: {@code allocations} of {@code amount}, and the interest not yet earned waived, in total
 * ({@code interestWaived}) and per instalment ({@code waived}; absent from events stored before it was
 * recorded, when every instalment not yet due had its unpaid interest waived).
 */
@Revision("1")
public record LeaseContractSettledEarlyEvent(
        LeaseContractId contractId,
        LocalDate settledOn,
        Yen amount,
        List<PaymentAllocation> allocations,
        Yen interestWaived,
        List<WaivedInterest> waived) {
}
