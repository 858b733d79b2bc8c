package org.smesupport.casework.restructuring;

import org.smesupport.casework.lease.LeaseContractId;

/** The lease programme refused the plan's reschedule; {@code reason} is its message. */
public record LeaseRescheduleRefusedEvent(
        RestructuringCaseId caseId,
        LeaseContractId contractId,
        String reason) {
}
