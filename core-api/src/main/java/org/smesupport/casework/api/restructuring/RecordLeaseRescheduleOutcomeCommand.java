package org.smesupport.casework.api.restructuring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.lease.LeaseContractId;

/**
 * Sent by the lease-link process: what the lease programme answered to the plan's deferral request for a
 * contract, so the case shows it. {@code requestId} when the request was filed, {@code refusal} (the
 * lease side's message) when it was refused.
 */
public record RecordLeaseRescheduleOutcomeCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        LeaseContractId contractId,
        String requestId,
        String refusal) {
}
