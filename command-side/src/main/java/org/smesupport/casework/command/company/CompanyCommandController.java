package org.smesupport.casework.command.company;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commands on companies. Reads are the query side's. */
@RestController
@RequestMapping("/api/companies")
class CompanyCommandController {

    private final CommandGateway commandGateway;

    CompanyCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Registers a client company; answers 201 with its new id.
     * A corporation gives its corporate number (法人番号), a sole proprietor (個人事業主) an identity document instead.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterCompanyRequest request) {
        CompanyId companyId = CompanyId.of(IdentifierFactory.getInstance().generateIdentifier());
        commandGateway.sendAndWait(request.toCommand(companyId));
        return Created.at(companyId.value());
    }

    /**
     * Updates a company's name, industry, municipality and size class.
     * With {@code expectedVersion}, a change made since that version is refused (409).
     */
    @PostMapping("/{companyId}/update")
    CommandResult update(@PathVariable String companyId, @Valid @RequestBody UpdateCompanyRequest request) {
        return commandGateway.sendAndWait(request.toCommand(CompanyId.of(companyId)));
    }
}
