package org.smesupport.casework.command.restructuring;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.command.common.BusinessRuleViolation;
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
 * Commands on improvement-plan subsidy files (経営改善計画策定支援, 早期経営改善計画策定支援). A file is opened by
 * posting its usage application to the collection, which generates its id; every later step is posted to
 * the file.
 */
@RestController
@RequestMapping("/api/restructuring/subsidies")
class ImprovementSubsidyCommandController {

    private final CommandGateway commandGateway;

    ImprovementSubsidyCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Opens an improvement-plan subsidy file with its usage application (利用申請受付).
     * Answers 201 with the file's new id; every later step is posted to the file.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenImprovementSubsidyRequest request) {
        ImprovementSubsidyId subsidyId = ImprovementSubsidyId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(subsidyId));
        return Created.at(subsidyId.value());
    }

    /**
     * Records the next step of an improvement-plan subsidy file.
     * The aggregate would take a usage application here too, creating a file under an id the client chose; files
     * get generated ids only, so that step is refused here: open a file with POST /api/restructuring/subsidies.
     */
    @PostMapping("/{subsidyId}/steps")
    CommandResult recordStep(@PathVariable String subsidyId,
            @Valid @RequestBody RecordImprovementSubsidyStepRequest request) {
        if (request.step() == ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED) {
            throw new BusinessRuleViolation("step", "restructuring.subsidy.usageApplicationOpensFile");
        }
        return commandGateway.sendAndWait(request.toCommand(ImprovementSubsidyId.of(subsidyId)));
    }
}
