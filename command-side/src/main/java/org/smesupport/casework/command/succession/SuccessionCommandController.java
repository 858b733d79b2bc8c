package org.smesupport.casework.command.succession;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on succession cases (事業引継ぎ・事業承継) and deals (成約). Reads are the query side's. */
@RestController
@RequestMapping("/api/succession")
class SuccessionCommandController {

    private final CommandGateway commandGateway;

    SuccessionCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/cases")
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenSuccessionCaseRequest request) {
        SuccessionCaseId caseId = SuccessionCaseId.of(newId());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    @PostMapping("/cases/{caseId}/diagnoses")
    CommandResult recordDiagnosis(@PathVariable String caseId,
            @Valid @RequestBody RecordSuccessionDiagnosisRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionCaseId.of(caseId)));
    }

    @PostMapping("/cases/{caseId}/plans")
    CommandResult recordPlan(@PathVariable String caseId, @Valid @RequestBody RecordSuccessionPlanRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionCaseId.of(caseId)));
    }

    @PostMapping("/deals")
    ResponseEntity<CommandResult> concludeDeal(@Valid @RequestBody ConcludeSuccessionDealRequest request) {
        SuccessionDealId dealId = SuccessionDealId.of(newId());
        commandGateway.sendAndWait(request.toCommand(dealId));
        return Created.at(dealId.value());
    }

    @PostMapping("/deals/{dealId}/correct")
    CommandResult correctDeal(@PathVariable String dealId, @Valid @RequestBody CorrectSuccessionDealRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionDealId.of(dealId)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
