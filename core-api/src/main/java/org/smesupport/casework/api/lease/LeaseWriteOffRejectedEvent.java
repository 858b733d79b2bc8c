package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** A refused write-off, kept for auditors. */
public record LeaseWriteOffRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
