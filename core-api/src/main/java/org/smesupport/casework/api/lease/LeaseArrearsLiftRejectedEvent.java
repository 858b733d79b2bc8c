package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A refused arrears lift, kept for auditors. */
@Revision("1")
public record LeaseArrearsLiftRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
