package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderRequestReceivedEvent(
        OrderRequestId orderRequestId,
        OrderRequestDetails details,
        LocalDate receivedOn) {
}
