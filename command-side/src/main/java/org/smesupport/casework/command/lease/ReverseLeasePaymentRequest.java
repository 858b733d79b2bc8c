package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;

record ReverseLeasePaymentRequest(
        @NotNull LocalDate reversedOn,
        @NotBlank @Size(max = 2000) String reason,
        @PositiveOrZero Long expectedVersion) {

    ReverseLeasePaymentCommand toCommand(LeaseContractId contractId, String paymentId) {
        return new ReverseLeasePaymentCommand(contractId, paymentId, reversedOn, reason, expectedVersion);
    }
}
