package org.smesupport.casework.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record WithdrawOrderRequestRequest(
        @NotNull LocalDate withdrawnOn,
        @NotBlank @Size(max = 1000) String reason) {

    WithdrawOrderRequestCommand toCommand(OrderRequestId orderRequestId) {
        return new WithdrawOrderRequestCommand(orderRequestId, withdrawnOn, reason);
    }
}
