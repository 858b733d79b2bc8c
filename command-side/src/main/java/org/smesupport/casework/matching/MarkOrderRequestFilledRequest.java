package org.smesupport.casework.matching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

record MarkOrderRequestFilledRequest(@NotNull LocalDate filledOn) {

    MarkOrderRequestFilledCommand toCommand(OrderRequestId orderRequestId) {
        return new MarkOrderRequestFilledCommand(orderRequestId, filledOn);
    }
}
