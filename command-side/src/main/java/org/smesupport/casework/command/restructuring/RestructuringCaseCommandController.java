package org.smesupport.casework.command.restructuring;

import jakarta.validation.Valid;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Commands on restructuring cases (再生支援). Reads are the query side's. Who completes a plan is the
 * authenticated user, never a field of the body: the plan's lease deferral requests are filed in their name.
 */
@RestController
@RequestMapping("/api/restructuring/cases")
class RestructuringCaseCommandController {

    private final CommandGateway commandGateway;

    RestructuringCaseCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Opens a restructuring case (再生支援) for a registered company.
     * Answers 201 with its new id.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenRestructuringCaseRequest request) {
        RestructuringCaseId caseId = RestructuringCaseId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    /**
     * Moves the case on to its next stage, never skipping one and never back.
     * Plan completion and ending have their own requests.
     */
    @PostMapping("/{caseId}/stage")
    CommandResult advance(@PathVariable String caseId, @Valid @RequestBody AdvanceRestructuringStageRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    /**
     * Completes the case's plan (計画策定完了).
     * Only from plan drafting, with every creditor consenting. The plan may reschedule the company's lease contracts,
     * each filed as a lease deferral request in the signed-in user's name.
     */
    @PostMapping("/{caseId}/plan")
    CommandResult completePlan(@PathVariable String caseId,
            @Valid @RequestBody CompleteRestructuringPlanRequest request, Principal user) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId), nameOf(user)));
    }

    /**
     * Ends the case before its plan is completed, with the reason.
     * The case is either withdrawn by the firm or closed by the centre.
     */
    @PostMapping("/{caseId}/end")
    CommandResult end(@PathVariable String caseId, @Valid @RequestBody EndRestructuringCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    /**
     * Records an application of the COVID special rescheduling (特例リスケ) on the case.
     * It may be applied again, also after the plan, but not once the case has ended.
     */
    @PostMapping("/{caseId}/special-rescheduling")
    CommandResult applySpecialRescheduling(@PathVariable String caseId,
            @Valid @RequestBody ApplySpecialReschedulingRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    /**
     * Adds a creditor to the case, whose consent the plan will need.
     */
    @PostMapping("/{caseId}/creditors")
    CommandResult addCreditor(@PathVariable String caseId, @Valid @RequestBody AddCreditorRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    /**
     * Records a creditor's answer to the plan, consenting or not.
     * A later answer replaces the earlier one.
     */
    @PostMapping("/{caseId}/creditors/consent")
    CommandResult recordConsent(@PathVariable String caseId,
            @Valid @RequestBody RecordCreditorConsentRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    /** Security lets no anonymous request reach a command; without a user there is no maker of the deferrals. */
    private static String nameOf(Principal user) {
        if (user == null || user.getName() == null || user.getName().isBlank()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to complete a plan.");
        }
        return user.getName();
    }
}
