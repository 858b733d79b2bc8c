package org.smesupport.casework.command.consultation;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commands on consultation cases. Reads are the query side's. */
@RestController
@RequestMapping("/api/consultations")
class ConsultationCommandController {

    private final CommandGateway commandGateway;

    ConsultationCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Opens a consultation case (相談案件) for a registered company.
     * The case is opened at one desk; answers 201 with its new id. A company that is not registered is refused (422).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> open(@Valid @RequestBody OpenConsultationCaseRequest request) {
        ConsultationCaseId caseId = ConsultationCaseId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(caseId));
        return Created.at(caseId.value());
    }

    /**
     * Assigns the case to a caseworker as of the date given.
     * The caseworker it already has, or a date before the case was opened, is refused (422).
     */
    @PostMapping("/{caseId}/assign")
    CommandResult assign(@PathVariable String caseId, @Valid @RequestBody AssignConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    /**
     * Records a consultation session held on the case.
     * It carries its date, category, counsellor, minutes and notes. Refused (422) on a closed case, and for a date
     * before the opening or in a period the case was closed.
     */
    @PostMapping("/{caseId}/sessions")
    CommandResult recordSession(@PathVariable String caseId,
            @Valid @RequestBody RecordConsultationSessionRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    /**
     * Records an expert dispatch (専門家派遣) on the case.
     * It carries its date, kind, expert and notes. Refused (422) on a closed case, and for a date before the
     * opening or in a period the case was closed.
     */
    @PostMapping("/{caseId}/expert-dispatches")
    CommandResult recordExpertDispatch(@PathVariable String caseId,
            @Valid @RequestBody RecordExpertDispatchRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    /**
     * Closes the case with its outcome and an optional summary.
     * A closing date before the opening, the reopening or the latest session or dispatch is refused (422).
     */
    @PostMapping("/{caseId}/close")
    CommandResult close(@PathVariable String caseId, @Valid @RequestBody CloseConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }

    /**
     * Reopens a closed case, with the reason.
     * A case that is open, or a date before the closing, is refused (422).
     */
    @PostMapping("/{caseId}/reopen")
    CommandResult reopen(@PathVariable String caseId, @Valid @RequestBody ReopenConsultationCaseRequest request) {
        return commandGateway.sendAndWait(request.toCommand(ConsultationCaseId.of(caseId)));
    }
}
