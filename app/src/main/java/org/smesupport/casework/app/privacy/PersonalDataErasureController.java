package org.smesupport.casework.app.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.privacy.ErasePersonalDataCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.app.admin.ProcessorHeldElsewhere;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.audit.search.AuditSearch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasing a client company's personal information (ADMIN only, see SecurityConfiguration): every record the audit
 * index knows for the company (its own, the cases, contracts and files opened for it, the records whose events name
 * it) has its key destroyed, by one command with the administrator's reason; then the read models that keep personal
 * texts are rebuilt, so that they hold the erased texts too, and the aggregates in memory are dropped.
 */
@RestController
@RequestMapping("/api/admin/personal-data/erasures")
class PersonalDataErasureController {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasureController.class);

    /** The read models that copy personal texts from the events (notes, names, comments). */
    static final List<String> READ_MODELS_WITH_PERSONAL_DATA = List.of("consultation-cases", "lease-contracts",
            "succession");

    private final CommandGateway commands;
    private final AuditSearch audit;
    private final ProjectionAdministration projections;
    private final Cache aggregateCache;

    PersonalDataErasureController(CommandGateway commands, AuditSearch audit, ProjectionAdministration projections,
                                  Cache aggregateCache) {
        this.commands = commands;
        this.audit = audit;
        this.projections = projections;
        this.aggregateCache = aggregateCache;
    }

    /**
     * Erases a client company's personal information (crypto-shredding).
     * Destroys the keys of every record that concerns the company, then rebuilds the read models that copy personal
     * texts; the answer (201) lists the records covered and the read models being rebuilt. Administrators only.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Erasure> erase(@Valid @RequestBody Request request) {
        CompanyId company = CompanyId.of(request.companyId());
        Set<String> records = new LinkedHashSet<>();
        records.add(company.value());
        records.addAll(audit.recordsOfCompany(company.value()));
        records.remove(ErasePersonalDataCommand.streamOf(company));
        CommandResult result = commands.sendAndWait(ErasePersonalDataCommand.of(company, List.copyOf(records),
                request.reason()));
        aggregateCache.removeAll();
        List<String> rebuilding = new ArrayList<>();
        List<String> rebuildElsewhere = new ArrayList<>();
        for (String readModel : READ_MODELS_WITH_PERSONAL_DATA) {
            if (rebuiltHere(readModel)) {
                rebuilding.add(readModel);
            } else {
                rebuildElsewhere.add(readModel);
            }
        }
        if (!rebuildElsewhere.isEmpty()) {
            log.warn("Personal data of company {} erased; the read models {} are held by another instance and keep "
                    + "the erased texts until they are rebuilt there", company.value(), rebuildElsewhere);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Erasure(result.id(), result.version(),
                company.value(), List.copyOf(records), rebuilding, rebuildElsewhere));
    }

    /**
     * Rebuilds the read model if this instance runs its processor. The erasure is stored by then, so a read model
     * another instance holds is not a failure of the request: the answer names it, to be rebuilt there.
     */
    private boolean rebuiltHere(String readModel) {
        try {
            return projections.replay(readModel).isPresent();
        } catch (ProcessorHeldElsewhere heldElsewhere) {
            return false;
        }
    }

    record Request(@NotNull @Size(min = 1, max = 200) String companyId, @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * The erasures' stream and the erasure's version in it, the records covered, the read models being rebuilt, and
     * those another instance runs, which keep the erased texts until they are rebuilt there
     * ({@code POST /api/admin/projections/{name}/replay} answered by that instance).
     */
    record Erasure(String id, long version, String companyId, List<String> records, List<String> rebuilding,
                   List<String> rebuildElsewhere) {
    }
}
