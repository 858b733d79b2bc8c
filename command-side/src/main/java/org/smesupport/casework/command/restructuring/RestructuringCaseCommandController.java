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

    @PostMapping
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenRestructuringCaseRequest request) {
        RestructuringCaseId caseId = RestructuringCaseId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    @PostMapping("/{caseId}/stage")
    CommandResult advance(@PathVariable String caseId, @Valid @RequestBody AdvanceRestructuringStageRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/plan")
    CommandResult completePlan(@PathVariable String caseId,
            @Valid @RequestBody CompleteRestructuringPlanRequest request, Principal user) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId), nameOf(user)));
    }

    @PostMapping("/{caseId}/end")
    CommandResult end(@PathVariable String caseId, @Valid @RequestBody EndRestructuringCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/special-rescheduling")
    CommandResult applySpecialRescheduling(@PathVariable String caseId,
            @Valid @RequestBody ApplySpecialReschedulingRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/creditors")
    CommandResult addCreditor(@PathVariable String caseId, @Valid @RequestBody AddCreditorRequest request) {
        return commandGateway.sendAndWait(request.toCommand(RestructuringCaseId.of(caseId)));
    }

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
