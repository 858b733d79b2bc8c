package org.smesupport.casework.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Rejection of a pending lease request (any {@link ApprovalKind}), with its reason; the deciding user is the
 * signed-in one.
 */
record RejectLeaseRequestRequest(
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 2000) String reason) {

    RejectLeaseDeferralCommand toDeferralCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new RejectLeaseDeferralCommand(contractId, requestId, decidedOn, decidedBy, reason);
    }

    RejectLeaseWriteOffCommand toWriteOffCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new RejectLeaseWriteOffCommand(contractId, requestId, decidedOn, decidedBy, reason);
    }

    RejectInterestSubsidyCommand toSubsidyCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new RejectInterestSubsidyCommand(contractId, requestId, decidedOn, decidedBy, reason);
    }

    RejectLeaseArrearsLiftCommand toArrearsLiftCommand(LeaseContractId contractId, String requestId,
            String decidedBy) {
        return new RejectLeaseArrearsLiftCommand(contractId, requestId, decidedOn, decidedBy, reason);
    }
}
