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
        refuseIf(command.companyId() == null, "companyId", "matching.companyId.required");
        refuseIf(!command.supplierId().equals(idFor(command.companyId())), "supplierId",
                "matching.supplierId.notFromCompany", idFor(command.companyId()), command.supplierId());
        checkProfile(command.profile());
        refuseIf(command.registeredOn() == null, "registeredOn", "matching.registeredOn.required");
        String companyName = companies.nameOf(command.companyId()).orElseThrow(() ->
                new BusinessRuleViolation("companyId", "matching.companyId.unknownCompany", command.companyId()));
        apply(new SupplierRegisteredEvent(command.supplierId(), command.companyId(), companyName, command.profile(),
                command.registeredOn()));
    }

    /**
     * Records the whole profile as surveyed, even when nothing changed: that the supplier answered the
     * survey on that date is worth knowing (the report counts answers).
     */
    @CommandHandler
    CommandResult handle(UpdateSupplierProfileCommand command) {
        refuseIf(withdrawnOn != null, null, "matching.supplier.withdrawnNoUpdate", withdrawnOn);
        checkProfile(command.profile());
        refuseIf(command.surveyedOn() == null, "surveyedOn", "matching.surveyedOn.required");
        refuseIf(command.surveyedOn().isBefore(registeredOn), "surveyedOn", "matching.surveyedOn.beforeRegistered",
                registeredOn);
        refuseIf(command.surveyedOn().isBefore(profileAsOf), "surveyedOn", "matching.surveyedOn.olderSurvey",
                profileAsOf);
        apply(new SupplierProfileUpdatedEvent(supplierId, command.profile(), command.surveyedOn()));
        return result();
    }

    /** Only after a withdrawal, on or after it; the company's name is read again as it is now. */
    @CommandHandler
    CommandResult handle(ReregisterSupplierCommand command, CompanyRegistry companies) {
        refuseIf(withdrawnOn == null, null, "matching.supplier.stillRegistered", registeredOn);
        checkProfile(command.profile());
        refuseIf(command.registeredOn() == null, "registeredOn", "matching.registeredOn.required");
        refuseIf(command.registeredOn().isBefore(withdrawnOn), "registeredOn",
                "matching.registeredOn.beforeWithdrawn", withdrawnOn);
        String companyName = companies.nameOf(companyId).orElseThrow(() ->
                new BusinessRuleViolation(null, "matching.supplier.companyGone", companyId));
        apply(new SupplierRegisteredEvent(supplierId, companyId, companyName, command.profile(), command.registeredOn()));
        return result();
    }

    @CommandHandler
    CommandResult handle(WithdrawSupplierCommand command) {
        refuseIf(withdrawnOn != null, null, "matching.supplier.alreadyWithdrawn", withdrawnOn);
        refuseIf(command.withdrawnOn() == null, "withdrawnOn", "matching.withdrawnOn.required");
        refuseIf(command.withdrawnOn().isBefore(registeredOn), "withdrawnOn",
                "matching.supplier.withdrawnBeforeRegistered", registeredOn);
        refuseIf(isBlank(command.reason()), "reason", "matching.withdrawal.reasonBlank");
        apply(new SupplierWithdrawnEvent(supplierId, command.withdrawnOn(), command.reason()));
        return result();
    }

    static void checkProfile(SupplierProfile profile) {
        refuseIf(profile == null, "profile", "matching.profile.required");
        refuseIf(hasNulls(profile.processes()) || profile.processes().isEmpty(), "processes",
                "matching.supplier.processesRequired");
        refuseIf(profile.equipment() == null, "equipment", "matching.equipment.required");
        refuseIf(profile.equipment().size() > MAX_EQUIPMENT_ENTRIES, "equipment", "matching.equipment.tooMany",
                MAX_EQUIPMENT_ENTRIES);
        refuseIf(profile.equipment().stream().anyMatch(e -> isBlank(e)), "equipment", "matching.equipment.blank");
        refuseIf(profile.equipment().stream().anyMatch(e -> e.length() > MAX_EQUIPMENT_LENGTH), "equipment",
                "matching.equipment.tooLong", MAX_EQUIPMENT_LENGTH);
        refuseIf(hasNulls(profile.certifications()), "certifications", "matching.certifications.required");
        refuseIf(profile.availableHoursPerMonth() < 0 || profile.availableHoursPerMonth() > MAX_HOURS_PER_MONTH,
                "availableHoursPerMonth", "matching.availableHoursPerMonth.outOfRange", MAX_HOURS_PER_MONTH);
        refuseIf(profile.region() == null, "region", "matching.region.required");
        refuseIf(hasNulls(profile.focusFields()), "focusFields", "matching.focusFields.required");
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
