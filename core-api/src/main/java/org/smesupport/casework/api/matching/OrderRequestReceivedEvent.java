package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record OrderRequestReceivedEvent(
        OrderRequestId orderRequestId,
        OrderRequestDetails details,
        LocalDate receivedOn) {
}
