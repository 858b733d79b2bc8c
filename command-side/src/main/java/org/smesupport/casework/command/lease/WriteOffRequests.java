package org.smesupport.casework.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;
import static org.smesupport.casework.command.common.NoSuchPart.refuseIfMissing;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRejectedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;

/**
 * Write-offs (償却) of a {@link LeaseContract}, maker-checker: an entity of the contract ({@code @AggregateMember})
 * that handles the request, its approval, rejection and reversal and keeps the requests filed. The contract
 * writes its instalments off and back.
 */
final class WriteOffRequests extends LeaseRequests<List<ArrearsEntry>> {

    WriteOffRequests(LeaseContract contract) {
        super(contract, ApprovalKind.WRITE_OFF, "lease.writeOff");
    }

    @CommandHandler
    CommandResult handle(RequestLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("requestWriteOff");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.writeOff.reasonBlank");
        List<ArrearsEntry> entries = arrearsEntries();
        refuseIf(entries.isEmpty(), null, "lease.writeOff.noArrears");
        apply(new LeaseWriteOffRequestedEvent(contract.id(), command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(),
                Yen.of(entries.stream().mapToLong(entry -> entry.amount().value()).sum()), entries));
        return contract.result();
    }

    /**
     * Writes off exactly what the request listed, per instalment: the checker approves what the queue
     * showed. Refused once those arrears have changed (a payment, new arrears, a reversal).
     */
    @CommandHandler
    CommandResult handle(ApproveLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("approveWriteOff");
        List<ArrearsEntry> requested = toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn()).details();
        refuseIf(requested == null, "requestId", "lease.writeOff.withoutAmounts", command.requestId());
        List<ArrearsEntry> now = arrearsEntries();
        refuseIf(!now.equals(requested), "requestId", "lease.writeOff.arrearsChanged", describe(requested),
                describe(now));
        apply(new LeaseWriteOffApprovedEvent(contract.id(), command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), requested));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("rejectWriteOff");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.rejection.reasonBlank");
        apply(new LeaseWriteOffRejectedEvent(contract.id(), command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return contract.result();
    }

    /** Puts back into arrears what of the write-off has not been recovered since, per instalment. */
    @CommandHandler
    CommandResult handle(ReverseLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("reverseWriteOff");
        Filed<List<ArrearsEntry>> request = get(command.requestId());
        refuseIfMissing(request, "requestId", "lease.writeOff.reversalMissing", command.requestId());
        refuseIf(!"approved".equals(request.decision()), "requestId",
                "lease.writeOff.reverseUnapproved." + (request.decision() == null ? "pending" : request.decision()),
                command.requestId());
        refuseIf(isBlank(command.reversedBy()), "reversedBy", "lease.reversedBy.required");
        refuseIf(command.reversedOn() == null, "reversedOn", "lease.reversedOn.required");
        refuseIf(command.reversedOn().isBefore(request.decidedOn()), "reversedOn", "lease.writeOff.reversedBeforeApproved",
                request.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.writeOff.reversalReasonBlank");
        List<ArrearsEntry> entries = contract.accounts()
                .filter(a -> a.notRecoveredOf(command.requestId()) > 0)
                .sorted(LeaseContract.OLDEST_DUE_FIRST)
                .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.notRecoveredOf(command.requestId())),
                        Yen.of(a.notRecoveredPrincipalOf(command.requestId()))))
                .toList();
        refuseIf(entries.isEmpty(), "requestId", "lease.writeOff.allRecovered", command.requestId());
        apply(new LeaseWriteOffReversedEvent(contract.id(), command.requestId(), command.reversedOn(),
                command.reversedBy(), command.reason(), entries));
        return contract.result();
    }

    /** The unpaid amount of every instalment in arrears, oldest due first. */
    private List<ArrearsEntry> arrearsEntries() {
        return contract.accounts()
                .filter(a -> a.inArrears() && a.unpaid() > 0)
                .sorted(LeaseContract.OLDEST_DUE_FIRST)
                .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.unpaid())))
                .toList();
    }

    private static String describe(List<ArrearsEntry> entries) {
        return entries.isEmpty() ? "none" : entries.stream()
                .map(entry -> "No. " + entry.instalmentNumber() + " " + entry.amount())
                .collect(Collectors.joining(", "));
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(LeaseWriteOffRequestedEvent event) {
        file(event.requestId(), event.entries(), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffApprovedEvent event) {
        decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffRejectedEvent event) {
        decide(event.requestId(), "rejected", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffReversedEvent event) {
        reverse(event.requestId());
    }
}
