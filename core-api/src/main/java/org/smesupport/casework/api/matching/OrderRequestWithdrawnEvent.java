package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrderRequestWithdrawnEvent(
        OrderRequestId orderRequestId,
        LocalDate withdrawnOn,
        String reason) {
}
