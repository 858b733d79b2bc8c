package org.smesupport.casework.command.lease;

import static org.smesupport.casework.command.web.SignedInUser.nameOf;

import jakarta.validation.Valid;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commands on lease contracts. Reads are the query side's. Who requests, decides or reverses is always
 * the authenticated user, never a field of the body: maker-checker depends on it. Ids of new things
 * (contracts, payments without a client id, requests) are generated here, not in the aggregate.
 */
@RestController
@RequestMapping("/api/leases")
class LeaseCommandController {

    private final CommandGateway commandGateway;

    LeaseCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Opens a lease (リース) or instalment-sale (割賦販売) contract.
     * It is for a registered company and comes with its repayment schedule; answers 201 with the contract's new
     * id. Amounts are in whole yen.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenLeaseContractRequest request) {
        LeaseContractId contractId = LeaseContractId.of(newId());
        commandGateway.sendAndWait(request.toCommand(contractId));
        return Created.at(contractId.value());
    }

    /**
     * Records a payment received on a lease contract.
     * It is applied to the oldest amounts due first. A payment dated after the business date, or more than is owed,
     * is refused (422). Answers with the payment's id, which a reversal addresses.
     */
    @PostMapping("/{contractId}/payments")
    PaymentRecorded recordPayment(@PathVariable String contractId,
            @Valid @RequestBody RecordLeasePaymentRequest request) {
        RecordLeasePaymentCommand command = request.toCommand(LeaseContractId.of(contractId), newId());
        CommandResult result = commandGateway.sendAndWait(command);
        return new PaymentRecorded(result.id(), result.version(), command.paymentId());
    }

    /**
     * Reverses a recorded payment, such as a bounced transfer (不渡り), with the reason.
     * What it had paid is owed again, in arrears where the instalment is; a contract it had ended reopens.
     */
    @PostMapping("/{contractId}/payments/{paymentId}/reverse")
    CommandResult reversePayment(@PathVariable String contractId, @PathVariable String paymentId,
            @Valid @RequestBody ReverseLeasePaymentRequest request) {
        return commandGateway.sendAndWait(request.toCommand(LeaseContractId.of(contractId), paymentId));
    }

    /**
     * Requests a deferral (延納) of the instalments not yet touched.
     * Revised instalments replace them once a supervisor approves. The requester is the signed-in user; one deferral
     * request may be pending at a time. Answers with the request's id.
     */
    @PostMapping("/{contractId}/deferrals")
    RequestFiled requestDeferral(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseDeferralRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    /**
     * Approves a pending deferral (延納) request, replacing the instalments it names.
     * Refused (422) to its own requester, and once those instalments have changed. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/deferrals/{requestId}/approve")
    CommandResult approveDeferral(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toDeferralCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Rejects a pending deferral (延納) request, with the reason.
     * Refused (422) to its own requester. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/deferrals/{requestId}/reject")
    CommandResult rejectDeferral(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toDeferralCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Requests a write-off (償却) of the contract's arrears as they stand.
     * A supervisor decides; a contract without arrears is refused (422). Answers with the request's id.
     */
    @PostMapping("/{contractId}/write-offs")
    RequestFiled requestWriteOff(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseWriteOffRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    /**
     * Approves a pending write-off (償却), writing off exactly the arrears it listed.
     * Refused (422) to its own requester, and once those arrears have changed. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/write-offs/{requestId}/approve")
    CommandResult approveWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toWriteOffCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Rejects a pending write-off (償却) request, with the reason.
     * Refused (422) to its own requester. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/write-offs/{requestId}/reject")
    CommandResult rejectWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toWriteOffCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Reverses an approved write-off (償却の取消), with the reason.
     * What of it has not been recovered since goes back into arrears. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/write-offs/{requestId}/reverse")
    CommandResult reverseWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ReverseLeaseWriteOffRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Requests an interest subsidy (利息補助) for one fiscal year.
     * It covers the interest still to be paid of the instalments falling due in the year; a supervisor decides. The
     * fall in sales must reach the threshold (5 % for sole proprietors, 15 % for firms). Answers with the request's id.
     */
    @PostMapping("/{contractId}/interest-subsidies")
    RequestFiled requestInterestSubsidy(@PathVariable String contractId,
            @Valid @RequestBody RequestInterestSubsidyRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    /**
     * Approves a pending interest subsidy (利息補助), granting the interest it listed.
     * Refused (422) to its own requester, once that interest has changed, or while the year is closed.
     * Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/interest-subsidies/{requestId}/approve")
    CommandResult approveInterestSubsidy(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toSubsidyCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Rejects a pending interest subsidy (利息補助) request, with the reason.
     * Refused (422) to its own requester. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/interest-subsidies/{requestId}/reject")
    CommandResult rejectInterestSubsidy(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toSubsidyCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Requests a lift of arrears raised in error (延滞解除) on the instalments named.
     * A supervisor decides; each instalment must be in arrears and never written off. Answers with the request's id.
     */
    @PostMapping("/{contractId}/arrears-lifts")
    RequestFiled requestArrearsLift(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseArrearsLiftRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    /**
     * Approves a pending arrears lift (延滞解除), lifting exactly the arrears it listed.
     * Refused (422) to its own requester, and once those arrears have changed. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/arrears-lifts/{requestId}/approve")
    CommandResult approveArrearsLift(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toArrearsLiftCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Rejects a pending arrears lift (延滞解除) request, with the reason.
     * Refused (422) to its own requester. Supervisors and administrators only.
     */
    @PostMapping("/{contractId}/arrears-lifts/{requestId}/reject")
    CommandResult rejectArrearsLift(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toArrearsLiftCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    /**
     * Settles the contract early (繰上完済), waiving the interest not yet due.
     * The amount must be exactly what is owed on the settlement date, else it is refused (422) with the breakdown.
     */
    @PostMapping("/{contractId}/settle")
    CommandResult settleEarly(@PathVariable String contractId,
            @Valid @RequestBody SettleLeaseContractEarlyRequest request) {
        return commandGateway.sendAndWait(request.toCommand(LeaseContractId.of(contractId)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
