package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.OrderRequestId;

record MarkOrderRequestFilledRequest(@NotNull LocalDate filledOn) {

    MarkOrderRequestFilledCommand toCommand(OrderRequestId orderRequestId) {
        return new MarkOrderRequestFilledCommand(orderRequestId, filledOn);
    }
}
