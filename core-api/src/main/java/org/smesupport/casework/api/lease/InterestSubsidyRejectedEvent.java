package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** A refused interest subsidy, kept for auditors. */
public record InterestSubsidyRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
