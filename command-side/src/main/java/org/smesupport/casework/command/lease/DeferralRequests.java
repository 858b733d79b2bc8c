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
        super(contract, ApprovalKind.DEFERRAL, "lease.deferral");
    }

    @CommandHandler
    CommandResult handle(RequestLeaseDeferralCommand command) {
        contract.refuseUnlessActive("requestDeferral");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(command.requestedOn().isBefore(contract.contractDate()), "requestedOn",
                "lease.deferral.beforeContract", contract.contractDate());
        refuseIf(isBlank(command.reason()), "reason", "lease.deferral.reasonBlank");
        refuseIf(command.revisedInstalments() == null || command.revisedInstalments().isEmpty(), "revisedInstalments",
                "lease.revisedInstalments.required");
        checkRevisedInstalments(command.revisedInstalments(), command.requestedOn());
        apply(new LeaseDeferralRequestedEvent(contract.id(), command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(), List.copyOf(command.revisedInstalments()),
                replaceable().stream().map(InstalmentAccount::number).sorted().toList()));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(ApproveLeaseDeferralCommand command) {
        contract.refuseUnlessActive("approveDeferral");
        Filed<Deferral> filed = toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn());
        Deferral request = filed.details();
        Set<Integer> replacedNow = replaceable().stream().map(InstalmentAccount::number).collect(Collectors.toSet());
        refuseIf(!replacedNow.equals(request.replaced()), "requestId", "lease.deferral.instalmentsChanged",
                LeaseContract.numbers(request.replaced()),
                (replacedNow.isEmpty() ? "none" : LeaseContract.numbers(replacedNow)));
        checkRevisedInstalments(request.revised(), filed.requestedOn());
        apply(new LeaseDeferralApprovedEvent(contract.id(), command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), request.revised(), request.replaced().stream().sorted().toList()));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseDeferralCommand command) {
        contract.refuseUnlessActive("rejectDeferral");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.rejection.reasonBlank");
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
        refuseIf(replaced.isEmpty(), "revisedInstalments", "lease.deferral.nothingToDefer");
        int firstNumber = contract.accounts().filter(a -> !replaced.contains(a))
                .mapToInt(InstalmentAccount::number).max().orElse(0) + 1;
        LocalDate previousDue = requestedOn;
        long revisedPrincipal = 0;
        for (int i = 0; i < revised.size(); i++) {
            Instalment instalment = revised.get(i);
            String field = "revisedInstalments[" + i + "]";
            refuseIf(instalment == null, field, "lease.deferral.instalmentEmpty", (i + 1));
            refuseIf(instalment.number() != firstNumber + i, field + ".number", "lease.deferral.numberedConsecutively",
                    firstNumber, (firstNumber + i), instalment.number());
            refuseIf(instalment.dueDate() == null, field + ".dueDate", "lease.deferral.dueDateRequired");
            boolean outOfOrder = !instalment.dueDate().isAfter(previousDue);
            refuseIf(outOfOrder && i == 0, field + ".dueDate", "lease.deferral.firstDueAfterRequest", requestedOn);
            refuseIf(outOfOrder, field + ".dueDate", "lease.deferral.dueInOrder", instalment.number(),
                    instalment.dueDate(), previousDue);
            refuseIf(instalment.principal() == null || instalment.principal().isNegative(), field + ".principal",
                    "lease.deferral.principalNegative");
            refuseIf(instalment.interest() == null || instalment.interest().isNegative(), field + ".interest",
                    "lease.deferral.interestNegative");
            refuseIf(!instalment.total().isPositive(), field, "lease.deferral.instalmentCarriesNothing", instalment.number());
            previousDue = instalment.dueDate();
            revisedPrincipal = Math.addExact(revisedPrincipal, instalment.principal().value());
        }
        long replacedPrincipal = replaced.stream().mapToLong(InstalmentAccount::unpaidPrincipal).sum();
        refuseIf(revisedPrincipal != replacedPrincipal, "revisedInstalments",
                "lease.deferral.principalChanged", LeaseContract.yen(revisedPrincipal),
                LeaseContract.numbers(replaced.stream() .map(InstalmentAccount::number).toList()),
                LeaseContract.yen(replacedPrincipal));
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
