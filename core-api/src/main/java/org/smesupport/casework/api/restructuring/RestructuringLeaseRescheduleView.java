package org.smesupport.casework.api.restructuring;

import org.smesupport.casework.api.lease.LeaseContractId;

/**
 * A lease contract the plan reschedules: {@code requestId} of the deferral request once filed, {@code refusal}
 * (the lease programme's message) once refused.
 */
public record RestructuringLeaseRescheduleView(
        LeaseContractId contractId,
        LeaseRescheduleStatus status,
        int revisedInstalments,
        String requestId,
        String refusal) {
}
