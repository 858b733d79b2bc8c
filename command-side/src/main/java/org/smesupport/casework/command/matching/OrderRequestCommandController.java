package org.smesupport.casework.command.matching;

import static org.smesupport.casework.command.web.SignedInUser.nameOf;

import jakarta.validation.Valid;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.matching.OrderRequestId;
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
 * Commands on order requests (発注申込) and their referrals (紹介). Reads are the query side's. Ids of new
 * things (requests, referrals) are generated here, not in the aggregate; who requests or decides a
 * correction is the signed-in user.
 */
@RestController
@RequestMapping("/api/matching/order-requests")
class OrderRequestCommandController {

    private final CommandGateway commandGateway;

    OrderRequestCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Receives an order request (発注申込) from an ordering firm.
     * Answers 201 with its new id.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> receive(@Valid @RequestBody ReceiveOrderRequestRequest request) {
        OrderRequestId orderRequestId = OrderRequestId.of(newId());
        commandGateway.sendAndWait(request.toCommand(orderRequestId));
        return Created.at(orderRequestId.value());
    }

    /**
     * Withdraws an open order request, with the reason.
     * No more suppliers are introduced for it.
     */
    @PostMapping("/{orderRequestId}/withdraw")
    CommandResult withdraw(@PathVariable String orderRequestId,
            @Valid @RequestBody WithdrawOrderRequestRequest request) {
        return commandGateway.sendAndWait(request.toCommand(OrderRequestId.of(orderRequestId)));
    }

    /**
     * Marks an open order request as filled; no more suppliers are introduced for it.
     */
    @PostMapping("/{orderRequestId}/filled")
    CommandResult markFilled(@PathVariable String orderRequestId,
            @Valid @RequestBody MarkOrderRequestFilledRequest request) {
        return commandGateway.sendAndWait(request.toCommand(OrderRequestId.of(orderRequestId)));
    }

    /**
     * Introduces a registered supplier for an open order request (紹介).
     * Answers with the referral's id. A supplier already introduced for the request, or one that has withdrawn, is
     * refused (422).
     */
    @PostMapping("/{orderRequestId}/referrals")
    ReferralMade introduceSupplier(@PathVariable String orderRequestId,
            @Valid @RequestBody IntroduceSupplierRequest request) {
        String referralId = newId();
        CommandResult result = commandGateway.sendAndWait(
                request.toCommand(OrderRequestId.of(orderRequestId), referralId));
        return new ReferralMade(result.id(), result.version(), referralId);
    }

    /**
     * Records a referral's outcome: concluded (成立) or not.
     * A concluded deal needs its initial order amount, one not concluded a reason. An outcome is recorded once; a
     * later change is a correction.
     */
    @PostMapping("/{orderRequestId}/referrals/{referralId}/outcome")
    CommandResult recordOutcome(@PathVariable String orderRequestId, @PathVariable String referralId,
            @Valid @RequestBody RecordReferralOutcomeRequest request) {
        return commandGateway.sendAndWait(request.toCommand(OrderRequestId.of(orderRequestId), referralId));
    }

    /**
     * Requests a correction of a referral's recorded outcome, with the reason.
     * A supervisor decides; the requester is the signed-in user. Refused (422) while another correction is pending or
     * the original decision's fiscal year is closed.
     */
    @PostMapping("/{orderRequestId}/referrals/{referralId}/correction")
    CommandResult requestCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
            @Valid @RequestBody RequestReferralOutcomeCorrectionRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toCommand(OrderRequestId.of(orderRequestId), referralId, nameOf(user)));
    }

    /**
     * Approves the pending outcome correction, applying exactly what it requested.
     * Refused (422) to its own requester, and while the original decision's fiscal year is closed.
     * Supervisors and administrators only.
     */
    @PostMapping("/{orderRequestId}/referrals/{referralId}/correction/approve")
    CommandResult approveCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
            @Valid @RequestBody ApproveReferralOutcomeCorrectionRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toCommand(OrderRequestId.of(orderRequestId), referralId, nameOf(user)));
    }

    /**
     * Rejects the pending outcome correction, with the reason.
     * Refused (422) to its own requester. Supervisors and administrators only.
     */
    @PostMapping("/{orderRequestId}/referrals/{referralId}/correction/reject")
    CommandResult rejectCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
            @Valid @RequestBody RejectReferralOutcomeCorrectionRequest request, Principal user) {
        return commandGateway.sendAndWait(
                request.toCommand(OrderRequestId.of(orderRequestId), referralId, nameOf(user)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
