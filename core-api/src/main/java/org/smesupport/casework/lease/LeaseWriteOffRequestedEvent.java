package org.smesupport.casework.lease;

import java.time.LocalDate;
import org.smesupport.casework.common.Yen;

/** {@code arrears}: the arrears when requested; the approval writes off the arrears at its own date. */
public record LeaseWriteOffRequestedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        Yen arrears) {
}
