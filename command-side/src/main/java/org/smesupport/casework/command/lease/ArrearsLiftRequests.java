package org.smesupport.casework.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRejectedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;

/**
 * Lifting arrears raised in error (延滞解除) on a {@link LeaseContract}, maker-checker: an entity of the contract
 * ({@code @AggregateMember}) that handles the request, its approval and its rejection and keeps the requests filed.
 */
final class ArrearsLiftRequests extends LeaseRequests<List<LiftedArrears>> {

    ArrearsLiftRequests(LeaseContract contract) {
        super(contract, ApprovalKind.ARREARS_LIFT, "lease.arrearsLift");
    }

    /**
     * Asks to lift the arrears of instalments that were not in fact overdue when the close of business
     * flagged them (a transfer credited on time but recorded late). Each must be in arrears and never written
     * off; the request lists, per instalment, the arising and the recoveries booked for it.
     */
    @CommandHandler
    CommandResult handle(RequestLeaseArrearsLiftCommand command) {
        contract.refuseUnlessActive("liftArrears");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.arrearsLift.reasonBlank");
        refuseIf(command.instalmentNumbers() == null || command.instalmentNumbers().isEmpty(), "instalmentNumbers",
                "lease.arrearsLift.instalmentsRequired");
        for (Integer number : command.instalmentNumbers()) {
            InstalmentAccount account = number == null ? null : contract.account(number);
            refuseIf(account == null, "instalmentNumbers", "lease.arrearsLift.noSuchInstalment", number);
            refuseIf(!account.inArrears(), "instalmentNumbers", "lease.arrearsLift.notInArrears", number);
            refuseIf(account.everWrittenOff(), "instalmentNumbers", "lease.arrearsLift.writtenOff",
                    number);
        }
        apply(new LeaseArrearsLiftRequestedEvent(contract.id(), command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(), liftable(Set.copyOf(command.instalmentNumbers()))));
        return contract.result();
    }

    /**
     * Lifts exactly what the request listed: the checker approves what the queue showed. Refused once those
     * arrears have changed (a payment, a reversal, a write-off).
     */
    @CommandHandler
    CommandResult handle(ApproveLeaseArrearsLiftCommand command) {
        contract.refuseUnlessActive("approveArrearsLift");
        List<LiftedArrears> requested = toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn()).details();
        List<LiftedArrears> now = liftable(requested.stream().map(LiftedArrears::instalmentNumber)
                .collect(Collectors.toSet()));
        refuseIf(!now.equals(requested), "requestId", "lease.arrearsLift.arrearsChanged", describeLifts(requested),
                describeLifts(now));
        apply(new LeaseArrearsLiftedEvent(contract.id(), command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), requested));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseArrearsLiftCommand command) {
        contract.refuseUnlessActive("rejectArrearsLift");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.rejection.reasonBlank");
        apply(new LeaseArrearsLiftRejectedEvent(contract.id(), command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return contract.result();
    }

    /** Of {@code numbers}, the instalments in arrears and never written off, with what was booked for them. */
    private List<LiftedArrears> liftable(Set<Integer> numbers) {
        return contract.accounts()
                .filter(a -> numbers.contains(a.number()) && a.inArrears() && !a.everWrittenOff())
                .sorted(LeaseContract.OLDEST_DUE_FIRST)
                .map(a -> new LiftedArrears(a.number(), a.dueDate(), Yen.of(a.arrearsArisen()),
                        Yen.of(a.arrearsRecovered())))
                .toList();
    }

    private static String describeLifts(List<LiftedArrears> entries) {
        return entries.isEmpty() ? "none" : entries.stream()
                .map(entry -> "No. " + entry.instalmentNumber() + " arisen " + LeaseContract.yen(entry.arisen()) + " recovered "
                        + LeaseContract.yen(entry.recovered()))
                .collect(Collectors.joining(", "));
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(LeaseArrearsLiftRequestedEvent event) {
        file(event.requestId(), event.entries(), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseArrearsLiftedEvent event) {
        decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseArrearsLiftRejectedEvent event) {
        decide(event.requestId(), "rejected", event.decidedOn());
    }
}
