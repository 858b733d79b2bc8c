package org.smesupport.casework.matching;

import java.time.LocalDate;

public record OrderRequestReceivedEvent(
        OrderRequestId orderRequestId,
        OrderRequestDetails details,
        LocalDate receivedOn) {
}
