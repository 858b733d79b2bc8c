package org.smesupport.casework.lease;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Approval of a pending lease request (any {@link ApprovalKind}); the deciding user is the signed-in one. */
record ApproveLeaseRequestRequest(
        @NotNull LocalDate decidedOn,
        @Size(max = 2000) String comment) {

    ApproveLeaseDeferralCommand toDeferralCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new ApproveLeaseDeferralCommand(contractId, requestId, decidedOn, decidedBy, comment);
    }

    ApproveLeaseWriteOffCommand toWriteOffCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new ApproveLeaseWriteOffCommand(contractId, requestId, decidedOn, decidedBy, comment);
    }

    ApproveInterestSubsidyCommand toSubsidyCommand(LeaseContractId contractId, String requestId, String decidedBy) {
        return new ApproveInterestSubsidyCommand(contractId, requestId, decidedOn, decidedBy, comment);
    }

    ApproveLeaseArrearsLiftCommand toArrearsLiftCommand(LeaseContractId contractId, String requestId,
            String decidedBy) {
        return new ApproveLeaseArrearsLiftCommand(contractId, requestId, decidedOn, decidedBy, comment);
    }
}
