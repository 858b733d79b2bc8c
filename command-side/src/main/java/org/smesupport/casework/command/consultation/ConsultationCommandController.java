package org.smesupport.casework.command.consultation;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on consultation cases. Reads are the query side's. */
@RestController
@RequestMapping("/api/consultations")
class ConsultationCommandController {

    private final CommandGateway commandGateway;

    ConsultationCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenConsultationCaseRequest request) {
        ConsultationCaseId caseId = ConsultationCaseId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    @PostMapping("/{caseId}/assign")
    CommandResult assign(@PathVariable String caseId, @Valid @RequestBody AssignConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/sessions")
    CommandResult recordSession(@PathVariable String caseId,
            @Valid @RequestBody RecordConsultationSessionRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/expert-dispatches")
    CommandResult recordExpertDispatch(@PathVariable String caseId,
            @Valid @RequestBody RecordExpertDispatchRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/close")
    CommandResult close(@PathVariable String caseId, @Valid @RequestBody CloseConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    @PostMapping("/{caseId}/reopen")
    CommandResult reopen(@PathVariable String caseId, @Valid @RequestBody ReopenConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }
}
