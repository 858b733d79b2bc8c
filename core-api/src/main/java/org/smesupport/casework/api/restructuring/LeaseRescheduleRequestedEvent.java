package org.smesupport.casework.api.restructuring;

import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.lease.LeaseContractId;

/** The plan's reschedule went to the lease programme as deferral request {@code requestId}, awaiting approval there. */
@Revision("1")
public record LeaseRescheduleRequestedEvent(
        RestructuringCaseId caseId,
        LeaseContractId contractId,
        String requestId) {
}
