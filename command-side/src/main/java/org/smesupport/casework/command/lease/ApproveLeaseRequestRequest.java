package org.smesupport.casework.command.lease;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.LeaseContractId;

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
