package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;

/**
 * {@code arrears}: the arrears when requested; {@code entries}: the same per instalment, which is exactly
 * what an approval writes off (an approval is refused once they have changed). {@code entries} is null in
 * requests stored before requests listed them; such a request can only be rejected and filed again.
 */
@Revision("1")
public record LeaseWriteOffRequestedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate requestedOn,
        String requestedBy,
        String reason,
        Yen arrears,
        List<ArrearsEntry> entries) {
}
