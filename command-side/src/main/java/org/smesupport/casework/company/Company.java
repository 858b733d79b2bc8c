package org.smesupport.casework.company;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.common.BusinessRuleViolation.refuseIf;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.common.CommandResult;

/** A client firm of the centre. Other aggregates refer to it by {@link CompanyId}. */
@Aggregate(cache = "aggregateCache")
class Company {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private CompanyId companyId;
    private String name;
    private Industry industry;
    private String municipality;
    private SizeClass sizeClass;

    /** Axon rebuilds the company from its events through this constructor. */
    Company() {
    }

    @CommandHandler
    Company(RegisterCompanyCommand command) {
        refuseIf(command.corporateNumber() == null, "corporateNumber", "The corporate number (法人番号) is required.");
        checkDetails(command.name(), command.industry(), command.municipality(), command.sizeClass());
        apply(new CompanyRegisteredEvent(command.companyId(), command.corporateNumber(), command.name(),
                command.industry(), command.municipality(), command.sizeClass()));
    }

    /**
     * An update that changes nothing is accepted but records nothing: a form saved twice is not
     * a mistake, and an event saying nothing happened would only clutter the audit trail.
     */
    @CommandHandler
    CommandResult handle(UpdateCompanyCommand command) {
        checkDetails(command.name(), command.industry(), command.municipality(), command.sizeClass());
        boolean changed = !Objects.equals(name, command.name())
                || industry != command.industry()
                || !Objects.equals(municipality, command.municipality())
                || sizeClass != command.sizeClass();
        if (changed) {
            apply(new CompanyUpdatedEvent(companyId, command.name(), command.industry(), command.municipality(),
                    command.sizeClass()));
        }
        return new CommandResult(companyId.value(), AggregateLifecycle.getVersion());
    }

    private static void checkDetails(String name, Industry industry, String municipality, SizeClass sizeClass) {
        refuseIf(isBlank(name), "name", "The company name must not be blank.");
        refuseIf(name.length() > MAX_NAME_LENGTH, "name",
                "The company name must be at most " + MAX_NAME_LENGTH + " characters.");
        refuseIf(industry == null, "industry", "The industry is required.");
        refuseIf(isBlank(municipality), "municipality", "The municipality must not be blank.");
        refuseIf(sizeClass == null, "sizeClass", "The size class is required.");
    }

    @EventSourcingHandler
    void on(CompanyRegisteredEvent event) {
        companyId = event.companyId();
        name = event.name();
        industry = event.industry();
        municipality = event.municipality();
        sizeClass = event.sizeClass();
    }

    @EventSourcingHandler
    void on(CompanyUpdatedEvent event) {
        name = event.name();
        industry = event.industry();
        municipality = event.municipality();
        sizeClass = event.sizeClass();
    }
}
