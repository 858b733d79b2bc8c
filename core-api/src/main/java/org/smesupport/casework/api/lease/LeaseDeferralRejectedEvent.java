package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A refused deferral is kept for auditors: who refused it, when and why. */
@Revision("1")
public record LeaseDeferralRejectedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        String reason) {
}
