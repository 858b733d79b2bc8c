package org.smesupport.casework.api.restructuring;

import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.lease.LeaseContractId;

/** The lease programme refused the plan's reschedule; {@code reason} is its message. */
@Revision("1")
public record LeaseRescheduleRefusedEvent(
        RestructuringCaseId caseId,
        LeaseContractId contractId,
        String reason) {
}
