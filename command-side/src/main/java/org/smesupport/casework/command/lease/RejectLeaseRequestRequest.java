package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;

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
