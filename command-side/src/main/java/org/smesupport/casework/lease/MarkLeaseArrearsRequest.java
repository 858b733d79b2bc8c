package org.smesupport.casework.lease;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** An on-demand arrears run for one contract; {@code graceDays} may be left out: 0. */
record MarkLeaseArrearsRequest(
        @NotNull LocalDate businessDate,
        @PositiveOrZero @Max(366) Integer graceDays) {

    MarkLeaseArrearsCommand toCommand(LeaseContractId contractId) {
        return new MarkLeaseArrearsCommand(contractId, businessDate, graceDays == null ? 0 : graceDays);
    }
}
