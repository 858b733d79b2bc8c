package org.smesupport.casework.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record ReverseLeasePaymentRequest(
        @NotNull LocalDate reversedOn,
        @NotBlank @Size(max = 2000) String reason,
        @PositiveOrZero Long expectedVersion) {

    ReverseLeasePaymentCommand toCommand(LeaseContractId contractId, String paymentId) {
        return new ReverseLeasePaymentCommand(contractId, paymentId, reversedOn, reason, expectedVersion);
    }
}
