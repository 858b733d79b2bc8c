package org.smesupport.casework.command.succession;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commands on succession cases (事業引継ぎ・事業承継) and deals (成約). Reads are the query side's. */
@RestController
@RequestMapping("/api/succession")
class SuccessionCommandController {

    private final CommandGateway commandGateway;

    SuccessionCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Opens a succession case (事業引継ぎ相談) for a registered company.
     * The company consults on one side: selling (譲渡), buying (譲受) or closing down (廃業). Answers 201 with the
     * case's new id.
     */
    @PostMapping("/cases")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenSuccessionCaseRequest request) {
        SuccessionCaseId caseId = SuccessionCaseId.of(newId());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    /**
     * Records a succession diagnosis (事業承継診断) of the case's company.
     * A case takes at most one a day.
     */
    @PostMapping("/cases/{caseId}/diagnoses")
    CommandResult recordDiagnosis(@PathVariable String caseId,
            @Valid @RequestBody RecordSuccessionDiagnosisRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionCaseId.of(caseId)));
    }

    /**
     * Records a succession plan (事業承継計画) drawn up for the case's company.
     * A case takes at most one a day.
     */
    @PostMapping("/cases/{caseId}/plans")
    CommandResult recordPlan(@PathVariable String caseId, @Valid @RequestBody RecordSuccessionPlanRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionCaseId.of(caseId)));
    }

    /**
     * Records a deal concluded (成約) between a seller and a buyer.
     * Answers 201 with the deal's id. Each party is a succession case of the centre or a counterpart given by name; a
     * case enters one deal only.
     */
    @PostMapping("/deals")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> concludeDeal(@Valid @RequestBody ConcludeSuccessionDealRequest request) {
        SuccessionDealId dealId = SuccessionDealId.of(newId());
        commandGateway.sendAndWait(request.toCommand(dealId));
        return Created.at(dealId.value());
    }

    /**
     * Corrects a deal's date or a counterpart's name or place, with the reason.
     * Its cases stay as they are; a deal concluded in a closed fiscal year is refused (422).
     */
    @PostMapping("/deals/{dealId}/correct")
    CommandResult correctDeal(@PathVariable String dealId, @Valid @RequestBody CorrectSuccessionDealRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SuccessionDealId.of(dealId)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
