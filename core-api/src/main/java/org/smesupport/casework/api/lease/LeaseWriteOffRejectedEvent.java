package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A refused write-off, kept for auditors. */
@Revision("1")
public record LeaseWriteOffRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
