package org.smesupport.casework.command.matching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;
import static org.smesupport.casework.command.common.NoSuchPart.refuseIfMissing;
import static org.smesupport.casework.command.matching.Supplier.hasNulls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestFilledEvent;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.OrderRequestWithdrawnEvent;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRejectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectionRequestedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.RejectReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;
import org.smesupport.casework.command.matching.SupplierRegistry.RegisteredSupplier;

/**
 * An order request (発注申込) of an ordering firm and the introductions (紹介) of suppliers made for it, each
 * with its outcome: concluded (成立) with the initial order amount (成立当初受注額), or not (report section I-3).
 *
 * <p>Introductions are made only while the request is open; outcomes are recorded and corrected whenever
 * they become known, also after the request was filled or withdrawn, since a deal is often decided later.
 */
@Aggregate(cache = "aggregateCache")
class OrderRequest {

    static final int MAX_FIRM_NAME_LENGTH = 200;
    static final int MAX_WORK_LENGTH = 2000;

    @AggregateIdentifier
    private OrderRequestId orderRequestId;
    private LocalDate receivedOn;
    /** {@code null} while open. */
    private Closure closure;
    private final Map<String, Referral> referrals = new HashMap<>();
    private final Set<SupplierId> introducedSuppliers = new HashSet<>();

    /** Axon rebuilds the request from its events through this constructor. */
    OrderRequest() {
    }

    @CommandHandler
    OrderRequest(ReceiveOrderRequestCommand command) {
        OrderRequestDetails details = command.details();
        refuseIf(details == null, "details", "The details of the order request are required.");
        refuseIf(isBlank(details.orderingFirm()), "orderingFirm", "The ordering firm must not be blank.");
        refuseIf(details.orderingFirm().length() > MAX_FIRM_NAME_LENGTH, "orderingFirm",
                "The ordering firm's name must be at most " + MAX_FIRM_NAME_LENGTH + " characters.");
        refuseIf(details.orderingFirmRegion() == null, "orderingFirmRegion", "The ordering firm's region is required.");
        refuseIf(isBlank(details.work()), "work", "The work asked for must not be blank.");
        refuseIf(details.work().length() > MAX_WORK_LENGTH, "work",
                "The description of the work must be at most " + MAX_WORK_LENGTH + " characters.");
        refuseIf(hasNulls(details.processes()) || details.processes().isEmpty(), "processes",
                "At least one process the work needs is required, and none may be empty.");
        refuseIf(details.quantity() < 1, "quantity", "The quantity must be at least 1.");
        refuseIf(details.budget() != null && details.budget().isNegative(), "budget",
                "The budget cannot be negative.");
        refuseIf(hasNulls(details.requiredCertifications()), "requiredCertifications",
                "The required certifications are required (empty for none), and none may be empty.");
        refuseIf(command.receivedOn() == null, "receivedOn", "The date the request was received is required.");
        refuseIf(details.deliveryBy() == null, "deliveryBy", "The delivery date is required.");
        refuseIf(!details.deliveryBy().isAfter(command.receivedOn()), "deliveryBy",
                "The delivery date must be after the request was received on " + command.receivedOn() + ".");
        apply(new OrderRequestReceivedEvent(command.orderRequestId(), details, command.receivedOn()));
    }

    @CommandHandler
    CommandResult handle(WithdrawOrderRequestCommand command) {
        refuseUnlessOpen("withdrawn");
        refuseIf(command.withdrawnOn() == null, "withdrawnOn", "The withdrawal date is required.");
        refuseIf(command.withdrawnOn().isBefore(receivedOn), "withdrawnOn",
                "The request cannot be withdrawn before it was received on " + receivedOn + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the withdrawal must not be blank.");
        apply(new OrderRequestWithdrawnEvent(orderRequestId, command.withdrawnOn(), command.reason()));
        return result();
    }

    @CommandHandler
    CommandResult handle(MarkOrderRequestFilledCommand command) {
        refuseUnlessOpen("marked filled");
        refuseIf(command.filledOn() == null, "filledOn", "The date the request was filled is required.");
        refuseIf(command.filledOn().isBefore(receivedOn), "filledOn",
                "The request cannot be filled before it was received on " + receivedOn + ".");
        apply(new OrderRequestFilledEvent(orderRequestId, command.filledOn()));
        return result();
    }

    /**
     * The supplier is read from the {@link SupplierRegistry} (injected by Axon as a handler parameter); its
     * name goes into the event as registered, so the referral lists need no lookup.
     */
    @CommandHandler
    CommandResult handle(IntroduceSupplierCommand command, SupplierRegistry suppliers) {
        refuseUnlessOpen("given introductions");
        refuseIf(isBlank(command.referralId()), "referralId", "The referral id must not be blank.");
        refuseIf(referrals.containsKey(command.referralId()), "referralId",
                "Referral " + command.referralId() + " has already been made for this request.");
        refuseIf(command.supplierId() == null, "supplierId", "The supplier is required.");
        refuseIf(introducedSuppliers.contains(command.supplierId()), "supplierId",
                "Supplier " + command.supplierId() + " has already been introduced for this request.");
        refuseIf(command.introducedOn() == null, "introducedOn", "The introduction date is required.");
        refuseIf(command.introducedOn().isBefore(receivedOn), "introducedOn",
                "A supplier cannot be introduced before the request was received on " + receivedOn + ".");
        RegisteredSupplier supplier = suppliers.supplierOf(command.supplierId()).orElseThrow(() ->
                new BusinessRuleViolation("supplierId", "Supplier " + command.supplierId() + " is not registered."));
        refuseIf(supplier.withdrawn(), "supplierId", "Supplier " + command.supplierId() + " (" + supplier.name()
                + ") withdrew on " + supplier.withdrawnOn() + " and takes no more introductions.");
        refuseIf(command.introducedOn().isBefore(supplier.registeredOn()), "introducedOn",
                "Supplier " + command.supplierId() + " cannot be introduced before it registered on "
                        + supplier.registeredOn() + ".");
        apply(new SupplierIntroducedEvent(orderRequestId, command.referralId(), command.supplierId(), supplier.name(),
                command.introducedOn()));
        return result();
    }

    /** A NOT_CONCLUDED outcome is recorded with an amount of ¥0, whether the command left it out or sent 0. */
    @CommandHandler
    CommandResult handle(RecordReferralOutcomeCommand command) {
        Referral referral = referral(command.referralId());
        refuseIf(referral.outcome() != null, "referralId", "The outcome of referral " + command.referralId()
                + " was already recorded on " + referral.decidedOn() + "; correct it instead, with a reason.");
        refuseIf(command.outcome() == null, "outcome", "The outcome (CONCLUDED or NOT_CONCLUDED) is required.");
        Yen amount = checkAmount(command.outcome(), command.initialOrderAmount());
        refuseIf(command.outcome() == ReferralOutcome.NOT_CONCLUDED && isBlank(command.reason()), "reason",
                "The reason the deal was not concluded must not be blank.");
        refuseIf(command.decidedOn() == null, "decidedOn", "The date the outcome was decided is required.");
        refuseIf(command.decidedOn().isBefore(referral.introducedOn()), "decidedOn",
                "The outcome cannot be decided before the supplier was introduced on " + referral.introducedOn() + ".");
        apply(new ReferralOutcomeRecordedEvent(orderRequestId, command.referralId(), referral.supplierId(),
                command.outcome(), amount, command.reason(), command.decidedOn()));
        return result();
    }

    /**
     * Asks to replace the outcome, keeping the original {@code decidedOn} (statistics count the deal in that
     * year). A correction that would change neither outcome nor amount is refused: it would record a change
     * that did not happen. So is one whose original decision lies in a closed fiscal year
     * ({@link ClosedFiscalYears}, injected by Axon): it would change that year's published figures. One
     * correction per referral awaits a supervisor at a time.
     */
    @CommandHandler
    CommandResult handle(RequestReferralOutcomeCorrectionCommand command, ClosedFiscalYears closedYears) {
        Referral referral = referral(command.referralId());
        refuseIf(referral.outcome() == null, "referralId", "No outcome has been recorded for referral "
                + command.referralId() + "; record it instead of correcting it.");
        PendingCorrection pending = referral.pending();
        if (pending != null) {
            throw new BusinessRuleViolation("referralId", "A correction of referral " + command.referralId()
                    + " requested by " + pending.requestedBy() + " on " + pending.requestedOn()
                    + " awaits a supervisor; it must be approved or rejected before another is requested.");
        }
        refuseIfRestatesClosedYear(referral, command.referralId(), closedYears);
        refuseIf(command.outcome() == null, "outcome", "The outcome (CONCLUDED or NOT_CONCLUDED) is required.");
        Yen amount = checkAmount(command.outcome(), command.initialOrderAmount());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the correction must not be blank.");
        refuseIf(command.outcome() == referral.outcome() && amount.equals(referral.amount()), null,
                "Referral " + command.referralId() + " is already recorded as " + command.outcome()
                        + (amount.isPositive() ? " with " + yen(amount) : "") + "; the correction changes nothing.");
        refuseIf(isBlank(command.requestedBy()), "requestedBy", "The requesting user is required.");
        refuseIf(command.requestedOn() == null, "requestedOn", "The request date is required.");
        LocalDate latest = referral.correctedOn() != null ? referral.correctedOn() : referral.decidedOn();
        refuseIf(command.requestedOn().isBefore(latest), "requestedOn",
                "The outcome cannot be corrected before it was " + (referral.correctedOn() != null
                        ? "last corrected" : "decided") + " on " + latest + ".");
        apply(new ReferralOutcomeCorrectionRequestedEvent(orderRequestId, command.referralId(), referral.supplierId(),
                referral.outcome(), referral.amount(), command.outcome(), amount, referral.decidedOn(),
                command.reason(), command.requestedOn(), command.requestedBy()));
        return result();
    }

    /**
     * Applies exactly the pending correction, dated {@code decidedOn}; refused while the original decision's
     * fiscal year is closed (it may have been closed since the request).
     */
    @CommandHandler
    CommandResult handle(ApproveReferralOutcomeCorrectionCommand command, ClosedFiscalYears closedYears) {
        Referral referral = referral(command.referralId());
        PendingCorrection pending = pendingCorrection(command.referralId(), referral);
        checkDecision(command.decidedBy(), command.decidedOn(), pending);
        refuseIfRestatesClosedYear(referral, command.referralId(), closedYears);
        apply(new ReferralOutcomeCorrectedEvent(orderRequestId, command.referralId(), referral.supplierId(),
                referral.outcome(), referral.amount(), pending.outcome(), pending.amount(), referral.decidedOn(),
                pending.reason(), command.decidedOn(), pending.requestedBy(), command.decidedBy()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RejectReferralOutcomeCorrectionCommand command) {
        PendingCorrection pending = pendingCorrection(command.referralId(), referral(command.referralId()));
        checkDecision(command.decidedBy(), command.decidedOn(), pending);
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new ReferralOutcomeCorrectionRejectedEvent(orderRequestId, command.referralId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
    }

    /** The correction restates the year of the original decision, whose figures a close made final. */
    private static void refuseIfRestatesClosedYear(Referral referral, String referralId, ClosedFiscalYears closedYears) {
        closedYears.refuseIfClosed(FiscalYear.containing(referral.decidedOn()), "referralId",
                "The outcome of referral " + referralId + " decided on " + referral.decidedOn());
    }

    private static PendingCorrection pendingCorrection(String referralId, Referral referral) {
        refuseIfMissing(referral.pending(), "referralId",
                "No correction of referral " + referralId + " awaits a decision.");
        return referral.pending();
    }

    /** Maker-checker: someone other than the requester decides, on or after the request date. */
    private static void checkDecision(String decidedBy, LocalDate decidedOn, PendingCorrection pending) {
        refuseIf(isBlank(decidedBy), "decidedBy", "The deciding user is required.");
        refuseIf(decidedBy.equals(pending.requestedBy()), "decidedBy",
                "The requester cannot approve or reject their own correction; another supervisor must decide.");
        refuseIf(decidedOn == null, "decidedOn", "The decision date is required.");
        refuseIf(decidedOn.isBefore(pending.requestedOn()), "decidedOn",
                "The correction cannot be decided before it was requested on " + pending.requestedOn() + ".");
    }

    /** The initial order amount the event records: more than ¥0 for a deal, ¥0 (or left out) otherwise. */
    private static Yen checkAmount(ReferralOutcome outcome, Yen amount) {
        if (outcome == ReferralOutcome.CONCLUDED) {
            refuseIf(amount == null || !amount.isPositive(), "initialOrderAmount",
                    "A concluded deal (成立) needs its initial order amount (成立当初受注額), more than ¥0.");
            return amount;
        }
        refuseIf(amount != null && !amount.isZero(), "initialOrderAmount",
                "A deal that was not concluded has no initial order amount; leave it out or send 0.");
        return Yen.ZERO;
    }

    private Referral referral(String referralId) {
        Referral referral = referralId == null ? null : referrals.get(referralId);
        refuseIfMissing(referral, "referralId", "No referral " + referralId + " has been made for this request.");
        return referral;
    }

    private void refuseUnlessOpen(String action) {
        refuseIf(closure != null, null, "The request was " + closure + "; it can no longer be " + action + ".");
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(orderRequestId.value(), AggregateLifecycle.getVersion());
    }

    private static String yen(Yen amount) {
        return "¥%,d".formatted(amount.value());
    }

    @EventSourcingHandler
    void on(OrderRequestReceivedEvent event) {
        orderRequestId = event.orderRequestId();
        receivedOn = event.receivedOn();
    }

    @EventSourcingHandler
    void on(OrderRequestWithdrawnEvent event) {
        closure = new Closure("withdrawn", event.withdrawnOn());
    }

    @EventSourcingHandler
    void on(OrderRequestFilledEvent event) {
        closure = new Closure("filled", event.filledOn());
    }

    @EventSourcingHandler
    void on(SupplierIntroducedEvent event) {
        referrals.put(event.referralId(), new Referral(event.supplierId(), event.introducedOn(), null, null, null, null,
                null));
        introducedSuppliers.add(event.supplierId());
    }

    @EventSourcingHandler
    void on(ReferralOutcomeRecordedEvent event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> new Referral(referral.supplierId(),
                referral.introducedOn(), event.outcome(), event.initialOrderAmount(), event.decidedOn(), null, null));
    }

    @EventSourcingHandler
    void on(ReferralOutcomeCorrectionRequestedEvent event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.withPending(new PendingCorrection(
                event.outcome(), event.initialOrderAmount(), event.reason(), event.requestedOn(), event.requestedBy())));
    }

    @EventSourcingHandler
    void on(ReferralOutcomeCorrectionRejectedEvent event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> referral.withPending(null));
    }

    @EventSourcingHandler
    void on(ReferralOutcomeCorrectedEvent event) {
        referrals.computeIfPresent(event.referralId(), (id, referral) -> new Referral(referral.supplierId(),
                referral.introducedOn(), event.outcome(), event.initialOrderAmount(), referral.decidedOn(),
                event.correctedOn(), null));
    }

    /** How the request stopped taking introductions: "withdrawn" or "filled", and when. */
    private record Closure(String how, LocalDate on) {

        @Override
        public String toString() {
            return how + " on " + on;
        }
    }

    /**
     * @param outcome {@code null} until recorded; then the current one, corrections included
     * @param decidedOn the original decision date, which corrections keep
     * @param correctedOn the latest correction's date, {@code null} when never corrected
     * @param pending the correction awaiting a supervisor, {@code null} when there is none
     */
    private record Referral(SupplierId supplierId, LocalDate introducedOn, ReferralOutcome outcome, Yen amount,
                            LocalDate decidedOn, LocalDate correctedOn, PendingCorrection pending) {

        Referral withPending(PendingCorrection correction) {
            return new Referral(supplierId, introducedOn, outcome, amount, decidedOn, correctedOn, correction);
        }
    }

    /** What a requested correction would set: exactly what its approval applies. */
    private record PendingCorrection(ReferralOutcome outcome, Yen amount, String reason, LocalDate requestedOn,
                                     String requestedBy) {
    }
}
