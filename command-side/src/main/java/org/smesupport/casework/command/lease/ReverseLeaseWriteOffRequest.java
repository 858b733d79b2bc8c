package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;

/** The reversing user is the signed-in one. */
record ReverseLeaseWriteOffRequest(
        @NotNull LocalDate reversedOn,
        @NotBlank @Size(max = 2000) String reason) {

    ReverseLeaseWriteOffCommand toCommand(LeaseContractId contractId, String requestId, String reversedBy) {
        return new ReverseLeaseWriteOffCommand(contractId, requestId, reversedOn, reversedBy, reason);
    }
}
