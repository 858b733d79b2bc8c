package org.smesupport.casework.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.common.Yen;

public record LeaseContractSettledEarlyEvent(
        LeaseContractId contractId,
        LocalDate settledOn,
        Yen amount,
        List<PaymentAllocation> allocations,
        Yen interestWaived) {
}
