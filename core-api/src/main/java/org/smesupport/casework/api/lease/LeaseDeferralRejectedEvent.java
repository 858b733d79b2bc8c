package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** A refused deferral is kept for auditors: who refused it, when and why. */
public record LeaseDeferralRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
