package org.smesupport.casework.command.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.privacy.ErasePersonalDataCommand;
import org.smesupport.casework.api.privacy.PersonalDataErasedEvent;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * The erasures of one client company's personal information, each an event with the records it covered and why.
 * Erasing destroys the records' keys ({@link PersonalDataKeys}) in the command's own transaction: the event and the
 * keys' end are stored together or not at all. Erasing again covers records added since (and destroys nothing twice:
 * a destroyed key stays destroyed).
 */
@Aggregate
class PersonalDataErasures {

    static final int MAX_RECORDS = 100_000;

    @AggregateIdentifier
    private String erasuresId;

    PersonalDataErasures() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandResult handle(ErasePersonalDataCommand command, CompanyRegistry companies, PersonalDataKeys keys) {
        refuseIf(command.companyId() == null, "companyId", "privacy.companyId.required");
        refuseIf(!companies.isRegistered(command.companyId()), "companyId", "privacy.companyId.unknown",
                command.companyId());
        refuseIf(isBlank(command.reason()), "reason", "privacy.reason.blank");
        List<String> records = command.records() == null ? List.of()
                : command.records().stream().filter(Objects::nonNull).distinct().toList();
        refuseIf(records.isEmpty(), "records", "privacy.records.none", command.companyId());
        refuseIf(records.size() > MAX_RECORDS, "records", "privacy.records.tooMany", MAX_RECORDS);
        keys.destroy(records);
        apply(new PersonalDataErasedEvent(command.companyId(), records, command.reason()));
        return new CommandResult(command.erasuresId(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasuresId = ErasePersonalDataCommand.streamOf(event.companyId());
    }
}
