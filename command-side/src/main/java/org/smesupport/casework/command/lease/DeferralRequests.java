package org.smesupport.casework.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRejectedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;

/**
 * Deferrals (延納) of a {@link LeaseContract}, maker-checker: an entity of the contract ({@code @AggregateMember})
 * that handles the request, its approval and its rejection and keeps the requests filed. The contract replaces
 * its instalments when a deferral is approved.
 */
final class DeferralRequests extends LeaseRequests<DeferralRequests.Deferral> {

    DeferralRequests(LeaseContract contract) {
        super(contract, ApprovalKind.DEFERRAL, "Deferral request", "deferral");
    }

    @CommandHandler
    CommandResult handle(RequestLeaseDeferralCommand command) {
        contract.refuseUnlessActive("request a deferral");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(command.requestedOn().isBefore(contract.contractDate()), "requestedOn",
                "A deferral cannot be requested before the contract date " + contract.contractDate() + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the deferral must not be blank.");
        refuseIf(command.revisedInstalments() == null || command.revisedInstalments().isEmpty(), "revisedInstalments",
                "The revised instalments are required.");
        checkRevisedInstalments(command.revisedInstalments(), command.requestedOn());
        apply(new LeaseDeferralRequestedEvent(contract.id(), command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(), List.copyOf(command.revisedInstalments()),
                replaceable().stream().map(InstalmentAccount::number).sorted().toList()));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(ApproveLeaseDeferralCommand command) {
        contract.refuseUnlessActive("approve a deferral");
        Filed<Deferral> filed = toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn());
        Deferral request = filed.details();
        Set<Integer> replacedNow = replaceable().stream().map(InstalmentAccount::number).collect(Collectors.toSet());
        refuseIf(!replacedNow.equals(request.replaced()), "requestId", "Since the deferral was requested, the"
                + " instalments it would replace have changed (then " + LeaseContract.numbers(request.replaced()) + ", now "
                + (replacedNow.isEmpty() ? "none" : LeaseContract.numbers(replacedNow)) + "): payments, arrears, write-offs or"
                + " subsidies have been recorded since. Reject this request and request a new deferral.");
        checkRevisedInstalments(request.revised(), filed.requestedOn());
        apply(new LeaseDeferralApprovedEvent(contract.id(), command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), request.revised(), request.replaced().stream().sorted().toList()));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseDeferralCommand command) {
        contract.refuseUnlessActive("reject a deferral");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new LeaseDeferralRejectedEvent(contract.id(), command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return contract.result();
    }

    /**
     * A deferral replaces every instalment that is untouched (no payment at all, not in arrears, not written
     * off, not subsidised) with the revised ones, numbered on from the last instalment kept, falling due
     * after the request in order, with exactly the principal of the instalments they replace.
     */
    private void checkRevisedInstalments(List<Instalment> revised, LocalDate requestedOn) {
        List<InstalmentAccount> replaced = replaceable();
        refuseIf(replaced.isEmpty(), "revisedInstalments", "There is nothing to defer: every remaining instalment"
                + " has been paid at least in part, is in arrears, was written off or is subsidised. Arrears are not"
                + " deferred; they are recovered or written off.");
        int firstNumber = contract.accounts().filter(a -> !replaced.contains(a))
                .mapToInt(InstalmentAccount::number).max().orElse(0) + 1;
        LocalDate previousDue = requestedOn;
        long revisedPrincipal = 0;
        for (int i = 0; i < revised.size(); i++) {
            Instalment instalment = revised.get(i);
            String field = "revisedInstalments[" + i + "]";
            refuseIf(instalment == null, field, "Revised instalment " + (i + 1) + " is empty.");
            refuseIf(instalment.number() != firstNumber + i, field + ".number",
                    "The revised instalments must be numbered consecutively from " + firstNumber
                            + " (the instalment after the last one kept); number " + (firstNumber + i)
                            + " was expected, not " + instalment.number() + ".");
            refuseIf(instalment.dueDate() == null, field + ".dueDate", "Each revised instalment needs a due date.");
            refuseIf(!instalment.dueDate().isAfter(previousDue), field + ".dueDate", i == 0
                    ? "The first revised instalment must fall due after the request date " + requestedOn + "."
                    : "The revised instalments must fall due in order: instalment " + instalment.number()
                            + " is due on " + instalment.dueDate() + ", not after " + previousDue + ".");
            refuseIf(instalment.principal() == null || instalment.principal().isNegative(), field + ".principal",
                    "The principal of a revised instalment cannot be negative.");
            refuseIf(instalment.interest() == null || instalment.interest().isNegative(), field + ".interest",
                    "The interest of a revised instalment cannot be negative.");
            refuseIf(!instalment.total().isPositive(), field,
                    "Revised instalment " + instalment.number() + " carries nothing; each must carry at least ¥1.");
            previousDue = instalment.dueDate();
            revisedPrincipal = Math.addExact(revisedPrincipal, instalment.principal().value());
        }
        long replacedPrincipal = replaced.stream().mapToLong(InstalmentAccount::unpaidPrincipal).sum();
        refuseIf(revisedPrincipal != replacedPrincipal, "revisedInstalments", "The revised instalments carry "
                + LeaseContract.yen(revisedPrincipal) + " of principal, but the instalments they replace (" + LeaseContract.numbers(replaced.stream()
                .map(InstalmentAccount::number).toList()) + ": every instalment with no payment at all that is not in"
                + " arrears, written off or subsidised) carry " + LeaseContract.yen(replacedPrincipal)
                + ". A deferral moves principal, it neither adds nor forgives any.");
    }

    private List<InstalmentAccount> replaceable() {
        return contract.accounts().filter(InstalmentAccount::untouched).toList();
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(LeaseDeferralRequestedEvent event) {
        // requests stored before the event named the instalments they replace: work them out as then
        Set<Integer> replaced = event.replacedInstalments() != null ? Set.copyOf(event.replacedInstalments())
                : replaceable().stream().map(InstalmentAccount::number).collect(Collectors.toSet());
        file(event.requestId(), new Deferral(event.revisedInstalments(), replaced), event.requestedBy(),
                event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseDeferralApprovedEvent event) {
        decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseDeferralRejectedEvent event) {
        decide(event.requestId(), "rejected", event.decidedOn());
    }

    /** What a deferral request asks: the revised instalments, and the numbers of those they replace as they were. */
    record Deferral(List<Instalment> revised, Set<Integer> replaced) {
    }
}
