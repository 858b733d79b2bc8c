package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;

/** The requesting user is the signed-in one, never a field of the body. */
record RequestLeaseWriteOffRequest(
        @NotNull LocalDate requestedOn,
        @NotBlank @Size(max = 2000) String reason) {

    RequestLeaseWriteOffCommand toCommand(LeaseContractId contractId, String requestId, String requestedBy) {
        return new RequestLeaseWriteOffCommand(contractId, requestId, requestedOn, requestedBy, reason);
    }
}
