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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @PostMapping
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenLeaseContractRequest request) {
        LeaseContractId contractId = LeaseContractId.of(newId());
        commandGateway.sendAndWait(request.toCommand(contractId));
        return Created.at(contractId.value());
    }

    @PostMapping("/{contractId}/payments")
    PaymentRecorded recordPayment(@PathVariable String contractId,
            @Valid @RequestBody RecordLeasePaymentRequest request) {
        RecordLeasePaymentCommand command = request.toCommand(LeaseContractId.of(contractId), newId());
        CommandResult result = commandGateway.sendAndWait(command);
        return new PaymentRecorded(result.id(), result.version(), command.paymentId());
    }

    @PostMapping("/{contractId}/payments/{paymentId}/reverse")
    CommandResult reversePayment(@PathVariable String contractId, @PathVariable String paymentId,
            @Valid @RequestBody ReverseLeasePaymentRequest request) {
        return commandGateway.sendAndWait(request.toCommand(LeaseContractId.of(contractId), paymentId));
    }

    @PostMapping("/{contractId}/deferrals")
    RequestFiled requestDeferral(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseDeferralRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    @PostMapping("/{contractId}/deferrals/{requestId}/approve")
    CommandResult approveDeferral(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toDeferralCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/deferrals/{requestId}/reject")
    CommandResult rejectDeferral(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toDeferralCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/write-offs")
    RequestFiled requestWriteOff(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseWriteOffRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    @PostMapping("/{contractId}/write-offs/{requestId}/approve")
    CommandResult approveWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toWriteOffCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/write-offs/{requestId}/reject")
    CommandResult rejectWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toWriteOffCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/write-offs/{requestId}/reverse")
    CommandResult reverseWriteOff(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ReverseLeaseWriteOffRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/interest-subsidies")
    RequestFiled requestInterestSubsidy(@PathVariable String contractId,
            @Valid @RequestBody RequestInterestSubsidyRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    @PostMapping("/{contractId}/interest-subsidies/{requestId}/approve")
    CommandResult approveInterestSubsidy(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toSubsidyCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/interest-subsidies/{requestId}/reject")
    CommandResult rejectInterestSubsidy(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toSubsidyCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/arrears-lifts")
    RequestFiled requestArrearsLift(@PathVariable String contractId,
            @Valid @RequestBody RequestLeaseArrearsLiftRequest request, Principal user) {
        String requestId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
        return new RequestFiled(result.id(), result.version(), requestId);
    }

    @PostMapping("/{contractId}/arrears-lifts/{requestId}/approve")
    CommandResult approveArrearsLift(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody ApproveLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toArrearsLiftCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/arrears-lifts/{requestId}/reject")
    CommandResult rejectArrearsLift(@PathVariable String contractId, @PathVariable String requestId,
            @Valid @RequestBody RejectLeaseRequestRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toArrearsLiftCommand(LeaseContractId.of(contractId), requestId, nameOf(user)));
    }

    @PostMapping("/{contractId}/settle")
    CommandResult settleEarly(@PathVariable String contractId,
            @Valid @RequestBody SettleLeaseContractEarlyRequest request) {
        return commandGateway.sendAndWait(request.toCommand(LeaseContractId.of(contractId)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
