package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;

/** The instalments whose arrears were raised in error, and why; the requesting user is the signed-in one. */
record RequestLeaseArrearsLiftRequest(
        @NotEmpty @Size(max = LeaseContract.MAX_TERM_MONTHS) List<@NotNull @Positive Integer> instalmentNumbers,
        @NotNull LocalDate requestedOn,
        @NotBlank @Size(max = 2000) String reason) {

    RequestLeaseArrearsLiftCommand toCommand(LeaseContractId contractId, String requestId, String requestedBy) {
        return new RequestLeaseArrearsLiftCommand(contractId, requestId, List.copyOf(instalmentNumbers), requestedOn,
                requestedBy, reason);
    }
}
