package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record OrderRequestWithdrawnEvent(
        OrderRequestId orderRequestId,
        LocalDate withdrawnOn,
        String reason) {
}
