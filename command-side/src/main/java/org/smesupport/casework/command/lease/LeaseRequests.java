package org.smesupport.casework.command.lease;

import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;
import static org.smesupport.casework.command.common.NoSuchPart.refuseIfMissing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;

/**
 * One kind of maker-checker request on a {@link LeaseContract} (deferral, write-off, interest subsidy,
 * arrears lift), an entity of the contract ({@code @AggregateMember}): every request filed, by id, with who
 * filed it, when, what it asks ({@code R}) and how it was decided, and the one still pending: a contract has at
 * most one pending request of each kind. Each kind's subclass handles its own commands and events and reads the
 * contract's instalments through {@link #contract}; the checks every kind shares live here, so that every kind
 * refuses in the same words. State changes only in event-sourcing handlers.
 */
abstract class LeaseRequests<R> {

    /** The contract the requests are on, whose instalments and status they check against. */
    final LeaseContract contract;
    private final ApprovalKind kind;
    /** "lease.writeOff": the refusals that name the kind are this code's, e.g. "lease.writeOff.pending". */
    private final String code;
    private final Map<String, Filed<R>> filed = new LinkedHashMap<>();
    private String pending;

    LeaseRequests(LeaseContract contract, ApprovalKind kind, String code) {
        this.contract = contract;
        this.kind = kind;
        this.code = code;
    }

    ApprovalKind kind() {
        return kind;
    }

    /** A new request needs an id of its own, a requester and a date, and no other request of its kind pending. */
    void checkNew(String requestId, String requestedBy, LocalDate requestedOn) {
        refuseIf(isBlank(requestId), "requestId", "lease.requestId.blank");
        refuseIf(filed.containsKey(requestId), "requestId", code + ".exists", requestId);
        refuseIf(isBlank(requestedBy), "requestedBy", "lease.requestedBy.required");
        refuseIf(requestedOn == null, "requestedOn", "lease.requestedOn.required");
        refuseIf(pending != null, null, code + ".pending", pending);
    }

    /**
     * The pending request {@code requestId}, for a decision by {@code decidedBy} on {@code decidedOn}:
     * maker-checker, someone other than the requester decides, on or after the request date.
     */
    Filed<R> toDecide(String requestId, String decidedBy, LocalDate decidedOn) {
        Filed<R> request = filed.get(requestId);
        refuseIfMissing(request, "requestId", code + ".missing", requestId);
        refuseIf(!requestId.equals(pending), "requestId", code + ".already." + request.decision(), requestId);
        refuseIf(isBlank(decidedBy), "decidedBy", "lease.decidedBy.required");
        refuseIf(decidedBy.equals(request.requestedBy()), "decidedBy", code + ".ownRequest");
        refuseIf(decidedOn == null, "decidedOn", "lease.decidedOn.required");
        refuseIf(decidedOn.isBefore(request.requestedOn()), "decidedOn", code + ".beforeRequested",
                request.requestedOn());
        return request;
    }

    /** The request {@code requestId}, decided or not; {@code null} if none was filed by that id. */
    Filed<R> get(String requestId) {
        return filed.get(requestId);
    }

    Optional<String> pending() {
        return Optional.ofNullable(pending);
    }

    /** The requests filed, in the order they were filed, and the one pending, as a snapshot keeps them. */
    State<R> state() {
        return new State<>(new LinkedHashMap<>(filed), pending);
    }

    /** Takes the requests from a snapshot, on a contract just restored from it. */
    void restore(State<R> state) {
        filed.putAll(state.filed());
        pending = state.pending();
    }

    // changes, called only from event-sourcing handlers

    /** A request still pending when the contract ended (closed with it by the contract). */
    @EventSourcingHandler
    void on(LeaseRequestClosedEvent event) {
        if (event.kind() == kind) {
            decide(event.requestId(), "closed", event.closedOn());
        }
    }

    void file(String requestId, R details, String requestedBy, LocalDate requestedOn) {
        filed.put(requestId, new Filed<>(details, requestedBy, requestedOn, null, null));
        pending = requestId;
    }

    /** {@code outcome}: "approved", "rejected" or "closed". */
    void decide(String requestId, String outcome, LocalDate decidedOn) {
        filed.computeIfPresent(requestId, (id, request) -> request.decided(outcome, decidedOn));
        if (requestId.equals(pending)) {
            pending = null;
        }
    }

    /** An approved request undone later (a write-off reversed): its decision date stays the approval's. */
    void reverse(String requestId) {
        filed.computeIfPresent(requestId, (id, request) -> request.decided("reversed", request.decidedOn()));
    }

    /**
     * @param details  what the request asks, the only thing its approval may do
     * @param decision {@code null} while pending, then "approved", "rejected", "closed" or "reversed"
     */
    record Filed<R>(R details, String requestedBy, LocalDate requestedOn, String decision, LocalDate decidedOn) {

        Filed<R> decided(String outcome, LocalDate on) {
            return new Filed<>(details, requestedBy, requestedOn, outcome, on);
        }
    }

    record State<R>(Map<String, Filed<R>> filed, String pending) {
    }
}
