package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;

/**
 * {@code salesDeclineBasisPoints}: the fall in sales in hundredths of a percent (1500 = 15 %). The
 * requesting user is the signed-in one.
 */
record RequestInterestSubsidyRequest(
        @NotNull @Min(1990) @Max(2999) Integer fiscalYear,
        @NotNull @Min(0) @Max(10_000) Integer salesDeclineBasisPoints,
        @NotBlank @Size(max = 2000) String evidence,
        @NotNull LocalDate requestedOn) {

    RequestInterestSubsidyCommand toCommand(LeaseContractId contractId, String requestId, String requestedBy) {
        return new RequestInterestSubsidyCommand(contractId, requestId, fiscalYear, salesDeclineBasisPoints, evidence,
                requestedOn, requestedBy);
    }
}
