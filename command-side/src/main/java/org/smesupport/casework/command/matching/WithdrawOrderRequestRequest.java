package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;

record WithdrawOrderRequestRequest(
        @NotNull LocalDate withdrawnOn,
        @NotBlank @Size(max = 1000) String reason) {

    WithdrawOrderRequestCommand toCommand(OrderRequestId orderRequestId) {
        return new WithdrawOrderRequestCommand(orderRequestId, withdrawnOn, reason);
    }
}
