package org.smesupport.casework.command.matching;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @PostMapping
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterSupplierRequest request) {
        RegisterSupplierCommand command = request.toCommand();
        commandGateway.sendAndWait(command);
        return Created.at(command.supplierId().value());
    }

    @PostMapping("/{supplierId}/profile")
    CommandResult updateProfile(@PathVariable String supplierId,
            @Valid @RequestBody UpdateSupplierProfileRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }

    @PostMapping("/{supplierId}/re-registration")
    CommandResult reregister(@PathVariable String supplierId, @Valid @RequestBody ReregisterSupplierRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }

    @PostMapping("/{supplierId}/withdraw")
    CommandResult withdraw(@PathVariable String supplierId, @Valid @RequestBody WithdrawSupplierRequest request) {
        return commandGateway.sendAndWait(request.toCommand(SupplierId.of(supplierId)));
    }
}
