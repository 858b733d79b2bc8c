package org.smesupport.casework.command.matching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.Collection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.ReregisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierProfileUpdatedEvent;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * A registered client company's application to take orders (受注申込 / 受注企業登録, report section I-3): its
 * profile as registered and as refreshed by the update survey (更新調査), until it withdraws.
 *
 * <p>A company holds at most one supplier registration. No aggregate can see another's stream without a read
 * model, so the rule rests on the id: a supplier's id is derived from its company's ({@link #idFor}), the
 * registration refuses any other id, and a second registration of the same company is a second stream under
 * the same id, which the event store refuses (409, "A record with this id already exists"). A withdrawn
 * company registers again on the same stream ({@link ReregisterSupplierCommand}): a second
 * {@link SupplierRegisteredEvent}, which every reader already takes as the registration now in force.
 */
@Aggregate(cache = "aggregateCache")
class Supplier {

    static final int MAX_HOURS_PER_MONTH = 10_000;
    static final int MAX_EQUIPMENT_ENTRIES = 50;
    static final int MAX_EQUIPMENT_LENGTH = 200;

    @AggregateIdentifier
    private SupplierId supplierId;
    private CompanyId companyId;
    private LocalDate registeredOn;
    /** The registration date, or the latest survey's: a profile is never replaced by an older one. */
    private LocalDate profileAsOf;
    private LocalDate withdrawnOn;

    /** Axon rebuilds the supplier from its events through this constructor. */
    Supplier() {
    }

    /** The one supplier id a company can be registered under. */
    static SupplierId idFor(CompanyId companyId) {
        return SupplierId.forCompany(companyId);
    }

    /**
     * The company's name is read from the {@link CompanyRegistry} (injected by Axon as a handler parameter)
     * and kept in the event as it is at registration, so lists and candidate searches need no lookup.
     */
    @CommandHandler
    Supplier(RegisterSupplierCommand command, CompanyRegistry companies) {
        refuseIf(command.companyId() == null, "companyId", "The company is required.");
        refuseIf(!command.supplierId().equals(idFor(command.companyId())), "supplierId",
                "A supplier registration's id is derived from its company: " + idFor(command.companyId())
                        + ", not " + command.supplierId() + ".");
        checkProfile(command.profile());
        refuseIf(command.registeredOn() == null, "registeredOn", "The registration date is required.");
        String companyName = companies.nameOf(command.companyId()).orElseThrow(() ->
                new BusinessRuleViolation("companyId", "Company " + command.companyId() + " is not registered."));
        apply(new SupplierRegisteredEvent(command.supplierId(), command.companyId(), companyName, command.profile(),
                command.registeredOn()));
    }

    /**
     * Records the whole profile as surveyed, even when nothing changed: that the supplier answered the
     * survey on that date is worth knowing (the report counts answers).
     */
    @CommandHandler
    CommandResult handle(UpdateSupplierProfileCommand command) {
        refuseIf(withdrawnOn != null, null,
                "The supplier withdrew on " + withdrawnOn + "; its profile can no longer be updated.");
        checkProfile(command.profile());
        refuseIf(command.surveyedOn() == null, "surveyedOn", "The survey date is required.");
        refuseIf(command.surveyedOn().isBefore(registeredOn), "surveyedOn",
                "The profile cannot be surveyed before the supplier registered on " + registeredOn + ".");
        refuseIf(command.surveyedOn().isBefore(profileAsOf), "surveyedOn",
                "The profile was last updated from a survey on " + profileAsOf
                        + "; an older survey cannot replace it.");
        apply(new SupplierProfileUpdatedEvent(supplierId, command.profile(), command.surveyedOn()));
        return result();
    }

    /** Only after a withdrawal, on or after it; the company's name is read again as it is now. */
    @CommandHandler
    CommandResult handle(ReregisterSupplierCommand command, CompanyRegistry companies) {
        refuseIf(withdrawnOn == null, null, "The supplier is registered (since " + registeredOn
                + "); only a withdrawn supplier can register again.");
        checkProfile(command.profile());
        refuseIf(command.registeredOn() == null, "registeredOn", "The registration date is required.");
        refuseIf(command.registeredOn().isBefore(withdrawnOn), "registeredOn",
                "The supplier cannot register again before it withdrew on " + withdrawnOn + ".");
        String companyName = companies.nameOf(companyId).orElseThrow(() ->
                new BusinessRuleViolation(null, "Company " + companyId + " is no longer registered."));
        apply(new SupplierRegisteredEvent(supplierId, companyId, companyName, command.profile(), command.registeredOn()));
        return result();
    }

    @CommandHandler
    CommandResult handle(WithdrawSupplierCommand command) {
        refuseIf(withdrawnOn != null, null, "The supplier already withdrew on " + withdrawnOn + ".");
        refuseIf(command.withdrawnOn() == null, "withdrawnOn", "The withdrawal date is required.");
        refuseIf(command.withdrawnOn().isBefore(registeredOn), "withdrawnOn",
                "The supplier cannot withdraw before it registered on " + registeredOn + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the withdrawal must not be blank.");
        apply(new SupplierWithdrawnEvent(supplierId, command.withdrawnOn(), command.reason()));
        return result();
    }

    static void checkProfile(SupplierProfile profile) {
        refuseIf(profile == null, "profile", "The supplier's profile is required.");
        refuseIf(hasNulls(profile.processes()) || profile.processes().isEmpty(), "processes",
                "At least one process the supplier offers is required, and none may be empty.");
        refuseIf(profile.equipment() == null, "equipment", "The equipment list is required (empty for none).");
        refuseIf(profile.equipment().size() > MAX_EQUIPMENT_ENTRIES, "equipment",
                "At most " + MAX_EQUIPMENT_ENTRIES + " pieces of equipment can be listed.");
        refuseIf(profile.equipment().stream().anyMatch(e -> isBlank(e)), "equipment",
                "An equipment entry must not be blank.");
        refuseIf(profile.equipment().stream().anyMatch(e -> e.length() > MAX_EQUIPMENT_LENGTH), "equipment",
                "An equipment entry must be at most " + MAX_EQUIPMENT_LENGTH + " characters.");
        refuseIf(hasNulls(profile.certifications()), "certifications",
                "The certifications are required (empty for none), and none may be empty.");
        refuseIf(profile.availableHoursPerMonth() < 0 || profile.availableHoursPerMonth() > MAX_HOURS_PER_MONTH,
                "availableHoursPerMonth", "The spare capacity runs from 0 to " + MAX_HOURS_PER_MONTH
                        + " hours per month.");
        refuseIf(profile.region() == null, "region", "The supplier's region is required.");
        refuseIf(hasNulls(profile.focusFields()), "focusFields",
                "The focus fields are required (empty for none), and none may be empty.");
    }

    /** A missing collection or one holding {@code null}. */
    static boolean hasNulls(Collection<?> values) {
        return values == null || values.stream().anyMatch(v -> v == null);
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(supplierId.value(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(SupplierRegisteredEvent event) {
        supplierId = event.supplierId();
        companyId = event.companyId();
        withdrawnOn = null;
        registeredOn = event.registeredOn();
        profileAsOf = event.registeredOn();
    }

    @EventSourcingHandler
    void on(SupplierProfileUpdatedEvent event) {
        profileAsOf = event.surveyedOn();
    }

    @EventSourcingHandler
    void on(SupplierWithdrawnEvent event) {
        withdrawnOn = event.withdrawnOn();
    }
}
