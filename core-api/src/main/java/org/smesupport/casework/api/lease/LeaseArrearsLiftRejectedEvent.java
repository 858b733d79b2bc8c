package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** A refused arrears lift, kept for auditors. */
public record LeaseArrearsLiftRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
