package org.smesupport.casework.command.matching;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
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
 * Commands on supplier registrations (受注企業登録). Reads are the query side's. A supplier's id is derived
 * from its company's ({@code supplier-<companyId>}), so registering a company twice is refused by the event
 * store as a taken id (409); a company whose registration was withdrawn registers again on the same id.
 */
@RestController
@RequestMapping("/api/matching/suppliers")
class SupplierCommandController {

    private final CommandGateway commandGateway;

    SupplierCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Registers a client company as a supplier (受注企業登録) with its profile.
     * Answers 201 with the supplier's id, which is derived from the company's: a company already registered is
     * refused (409).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterSupplierRequest request) {
        RegisterSupplierCommand command = request.toCommand();
        commandGateway.sendAndWait(command);
        return Created.at(command.supplierId().value());
    }

    /**
     * Records the supplier's profile as surveyed (更新調査).
     * The whole profile is recorded, even when nothing changed. Refused (422) once the supplier has withdrawn, or
     * for a survey older than the profile in force.
     */
    @PostMapping("/{supplierId}/profile")
    CommandResult updateProfile(@PathVariable String supplierId,
            @Valid @RequestBody UpdateSupplierProfileRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }

    /**
     * Registers a withdrawn supplier again, with its profile as it is now.
     * It keeps its id. A supplier still registered is refused (422).
     */
    @PostMapping("/{supplierId}/re-registration")
    CommandResult reregister(@PathVariable String supplierId, @Valid @RequestBody ReregisterSupplierRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }

    /**
     * Withdraws the supplier's registration, with the reason.
     * It is no longer introduced.
     */
    @PostMapping("/{supplierId}/withdraw")
    CommandResult withdraw(@PathVariable String supplierId, @Valid @RequestBody WithdrawSupplierRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }
}
