package org.smesupport.casework.matching;

import java.time.LocalDate;

public record OrderRequestWithdrawnEvent(
        OrderRequestId orderRequestId,
        LocalDate withdrawnOn,
        String reason) {
}
