package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A deferral, write-off or interest-subsidy request still pending when the contract ended (completed or
 * settled early): nothing is left for a supervisor to decide, so it leaves the queue with the contract, its
 * reason saying why. Applied just before the event that ends the contract.
 */
@Revision("1")
public record LeaseRequestClosedEvent(
        LeaseContractId contractId,
        String requestId,
        ApprovalKind kind,
        LocalDate closedOn,
        String reason) {
}
