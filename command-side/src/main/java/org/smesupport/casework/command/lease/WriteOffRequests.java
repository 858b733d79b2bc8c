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
        super(contract, ApprovalKind.WRITE_OFF, "Write-off request", "write-off");
    }

    @CommandHandler
    CommandResult handle(RequestLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("request a write-off");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the write-off must not be blank.");
        List<ArrearsEntry> entries = arrearsEntries();
        refuseIf(entries.isEmpty(), null, "This contract has no arrears to write off.");
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
        contract.refuseUnlessActive("approve a write-off");
        List<ArrearsEntry> requested = toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn()).details();
        refuseIf(requested == null, "requestId", "Write-off request " + command.requestId()
                + " was recorded before requests listed the amounts per instalment; reject it and request again.");
        List<ArrearsEntry> now = arrearsEntries();
        refuseIf(!now.equals(requested), "requestId", "Since the write-off was requested, the arrears have"
                + " changed (then " + describe(requested) + ", now " + describe(now) + "): payments, arrears"
                + " or reversals have been recorded since. Reject this request and request a new write-off.");
        apply(new LeaseWriteOffApprovedEvent(contract.id(), command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), requested));
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("reject a write-off");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new LeaseWriteOffRejectedEvent(contract.id(), command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return contract.result();
    }

    /** Puts back into arrears what of the write-off has not been recovered since, per instalment. */
    @CommandHandler
    CommandResult handle(ReverseLeaseWriteOffCommand command) {
        contract.refuseUnlessActive("reverse a write-off");
        Filed<List<ArrearsEntry>> request = get(command.requestId());
        refuseIfMissing(request, "requestId", "No write-off request " + command.requestId() + " exists on this contract.");
        refuseIf(!"approved".equals(request.decision()), "requestId", "Only an approved write-off can be reversed; "
                + "write-off request " + command.requestId() + " " + (request.decision() == null ? "is still pending"
                : "was " + request.decision()) + ".");
        refuseIf(isBlank(command.reversedBy()), "reversedBy", "The reversing user is required.");
        refuseIf(command.reversedOn() == null, "reversedOn", "The reversal date is required.");
        refuseIf(command.reversedOn().isBefore(request.decidedOn()), "reversedOn",
                "The write-off cannot be reversed before it was approved on " + request.decidedOn() + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the reversal must not be blank.");
        List<ArrearsEntry> entries = contract.accounts()
                .filter(a -> a.notRecoveredOf(command.requestId()) > 0)
                .sorted(LeaseContract.OLDEST_DUE_FIRST)
                .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.notRecoveredOf(command.requestId())),
                        Yen.of(a.notRecoveredPrincipalOf(command.requestId()))))
                .toList();
        refuseIf(entries.isEmpty(), "requestId", "Everything written off by request " + command.requestId()
                + " has been recovered since; there is nothing to put back into arrears.");
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
