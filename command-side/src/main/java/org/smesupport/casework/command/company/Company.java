package org.smesupport.casework.command.company;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.command.common.AlreadyRegistered;
import org.smesupport.casework.command.common.UniqueClaim;

/**
 * A client firm of the centre. Other aggregates refer to it by {@link CompanyId}. A corporation is
 * registered with its corporate number, which it claims ({@link UniqueClaim}) so that no other
 * company can hold it; a sole proprietor (個人事業主) has none and is registered on the document the
 * caseworker checked instead ({@link IdentityDocument}).
 */
@Aggregate(cache = "aggregateCache")
class Company {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private CompanyId companyId;
    private CorporateNumber corporateNumber;
    private String name;
    private Industry industry;
    private String municipality;
    private SizeClass sizeClass;

    /** Axon rebuilds the company from its events through this constructor. */
    Company() {
    }

    @CommandHandler
    Company(RegisterCompanyCommand command, CorporateNumberRegistry corporateNumbers) throws Exception {
        checkRegistration(command);
        CorporateNumber number = command.corporateNumber();
        if (number != null) {
            Optional<CompanyId> holder = corporateNumbers.holderOf(number);
            if (holder.isPresent()) {
                throw new AlreadyRegistered("corporateNumber", "company.corporateNumber.registeredAlreadyCompany",
                        number, holder.get());
            }
        }
        apply(new CompanyRegisteredEvent(command.companyId(), number, command.name(), command.industry(),
                command.municipality(), command.sizeClass(), command.identityDocument(),
                isBlank(command.kana()) ? null : command.kana()));
        if (number != null) {
            UniqueClaim.take(CorporateNumberRegistry.claimOf(number), command.companyId().value());
        }
    }

    /**
     * The registration's own rules, those that need nothing stored: an import checks its rows by them on a dry
     * run too, before anything is sent.
     */
    static void checkRegistration(RegisterCompanyCommand command) {
        checkDetails(command.name(), command.industry(), command.municipality(), command.sizeClass());
        refuseIf(command.kana() != null && command.kana().length() > MAX_NAME_LENGTH, "kana", "company.kana.tooLong",
                MAX_NAME_LENGTH);
        if (command.corporateNumber() == null) {
            refuseIf(command.sizeClass() != SizeClass.SOLE_PROPRIETOR, "corporateNumber",
                    "company.corporateNumber.requiredSoleProprietor");
            refuseIf(command.identityDocument() == null, "identityDocument",
                    "company.identityDocument.soleProprietorWithout");
        } else {
            refuseIf(command.identityDocument() != null, "identityDocument",
                    "company.identityDocument.standsCorporateNumber");
        }
    }

    /**
     * An update that changes nothing is accepted but records nothing: a form saved twice is not
     * a mistake, and an event saying nothing happened would only clutter the audit trail.
     */
    @CommandHandler
    CommandResult handle(UpdateCompanyCommand command) {
        checkDetails(command.name(), command.industry(), command.municipality(), command.sizeClass());
        refuseIf(corporateNumber == null && command.sizeClass() != SizeClass.SOLE_PROPRIETOR, "sizeClass",
                "company.sizeClass.soleProprietorRegistered");
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
        refuseIf(isBlank(name), "name", "company.name.blank");
        refuseIf(name.length() > MAX_NAME_LENGTH, "name", "company.name.tooLong", MAX_NAME_LENGTH);
        refuseIf(industry == null, "industry", "company.industry.required");
        refuseIf(isBlank(municipality), "municipality", "company.municipality.blank");
        refuseIf(sizeClass == null, "sizeClass", "company.sizeClass.required");
    }

    @EventSourcingHandler
    void on(CompanyRegisteredEvent event) {
        companyId = event.companyId();
        corporateNumber = event.corporateNumber();
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
