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
        refuseIf(details == null, "details", "matching.details.required");
        refuseIf(isBlank(details.orderingFirm()), "orderingFirm", "matching.orderingFirm.blank");
        refuseIf(details.orderingFirm().length() > MAX_FIRM_NAME_LENGTH, "orderingFirm",
                "matching.orderingFirm.tooLong", MAX_FIRM_NAME_LENGTH);
        refuseIf(details.orderingFirmRegion() == null, "orderingFirmRegion", "matching.orderingFirmRegion.required");
        refuseIf(isBlank(details.work()), "work", "matching.work.blank");
        refuseIf(details.work().length() > MAX_WORK_LENGTH, "work", "matching.work.tooLong", MAX_WORK_LENGTH);
        refuseIf(hasNulls(details.processes()) || details.processes().isEmpty(), "processes",
                "matching.orderRequest.processesRequired");
        refuseIf(details.quantity() < 1, "quantity", "matching.quantity.notPositive");
        refuseIf(details.budget() != null && details.budget().isNegative(), "budget", "matching.budget.negative");
        refuseIf(hasNulls(details.requiredCertifications()), "requiredCertifications",
                "matching.requiredCertifications.required");
        refuseIf(command.receivedOn() == null, "receivedOn", "matching.receivedOn.required");
        refuseIf(details.deliveryBy() == null, "deliveryBy", "matching.deliveryBy.required");
        refuseIf(!details.deliveryBy().isAfter(command.receivedOn()), "deliveryBy",
                "matching.deliveryBy.notAfterReceived", command.receivedOn());
        apply(new OrderRequestReceivedEvent(command.orderRequestId(), details, command.receivedOn()));
    }

    @CommandHandler
    CommandResult handle(WithdrawOrderRequestCommand command) {
        refuseUnlessOpen("withdraw");
        refuseIf(command.withdrawnOn() == null, "withdrawnOn", "matching.withdrawnOn.required");
        refuseIf(command.withdrawnOn().isBefore(receivedOn), "withdrawnOn",
                "matching.orderRequest.withdrawnBeforeReceived", receivedOn);
        refuseIf(isBlank(command.reason()), "reason", "matching.withdrawal.reasonBlank");
        apply(new OrderRequestWithdrawnEvent(orderRequestId, command.withdrawnOn(), command.reason()));
        return result();
    }

    @CommandHandler
    CommandResult handle(MarkOrderRequestFilledCommand command) {
        refuseUnlessOpen("fill");
        refuseIf(command.filledOn() == null, "filledOn", "matching.filledOn.required");
        refuseIf(command.filledOn().isBefore(receivedOn), "filledOn", "matching.filledOn.beforeReceived",
                receivedOn);
        apply(new OrderRequestFilledEvent(orderRequestId, command.filledOn()));
        return result();
    }

    /**
     * The supplier is read from the {@link SupplierRegistry} (injected by Axon as a handler parameter); its
     * name goes into the event as registered, so the referral lists need no lookup.
     */
    @CommandHandler
    CommandResult handle(IntroduceSupplierCommand command, SupplierRegistry suppliers) {
        refuseUnlessOpen("introduce");
        refuseIf(isBlank(command.referralId()), "referralId", "matching.referralId.blank");
        refuseIf(referrals.containsKey(command.referralId()), "referralId", "matching.referralId.exists",
                command.referralId());
        refuseIf(command.supplierId() == null, "supplierId", "matching.supplierId.required");
        refuseIf(introducedSuppliers.contains(command.supplierId()), "supplierId",
                "matching.supplierId.alreadyIntroduced", command.supplierId());
        refuseIf(command.introducedOn() == null, "introducedOn", "matching.introducedOn.required");
        refuseIf(command.introducedOn().isBefore(receivedOn), "introducedOn",
                "matching.introducedOn.beforeReceived", receivedOn);
        RegisteredSupplier supplier = suppliers.supplierOf(command.supplierId()).orElseThrow(() ->
                new BusinessRuleViolation("supplierId", "matching.supplierId.unknownSupplier", command.supplierId()));
        refuseIf(supplier.withdrawn(), "supplierId", "matching.supplierId.withdrawn", command.supplierId(),
                supplier.name(), supplier.withdrawnOn());
        refuseIf(command.introducedOn().isBefore(supplier.registeredOn()), "introducedOn",
                "matching.introducedOn.beforeRegistered", command.supplierId(), supplier.registeredOn());
        apply(new SupplierIntroducedEvent(orderRequestId, command.referralId(), command.supplierId(), supplier.name(),
                command.introducedOn()));
        return result();
    }

    /** A NOT_CONCLUDED outcome is recorded with an amount of ¥0, whether the command left it out or sent 0. */
    @CommandHandler
    CommandResult handle(RecordReferralOutcomeCommand command) {
        Referral referral = referral(command.referralId());
        refuseIf(referral.outcome() != null, "referralId", "matching.referral.outcomeRecorded",
                command.referralId(), referral.decidedOn());
        refuseIf(command.outcome() == null, "outcome", "matching.outcome.required");
        Yen amount = checkAmount(command.outcome(), command.initialOrderAmount());
        refuseIf(command.outcome() == ReferralOutcome.NOT_CONCLUDED && isBlank(command.reason()), "reason",
                "matching.referral.notConcludedReasonBlank");
        refuseIf(command.decidedOn() == null, "decidedOn", "matching.decidedOn.required");
        refuseIf(command.decidedOn().isBefore(referral.introducedOn()), "decidedOn",
                "matching.decidedOn.beforeIntroduced", referral.introducedOn());
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
        refuseIf(referral.outcome() == null, "referralId", "matching.referral.noOutcomeToCorrect",
                command.referralId());
        PendingCorrection pending = referral.pending();
        if (pending != null) {
            throw new BusinessRuleViolation("referralId", "matching.referral.correctionPending",
                    command.referralId(), pending.requestedBy(), pending.requestedOn());
        }
        refuseIfRestatesClosedYear(referral, command.referralId(), closedYears);
        refuseIf(command.outcome() == null, "outcome", "matching.outcome.required");
        Yen amount = checkAmount(command.outcome(), command.initialOrderAmount());
        refuseIf(isBlank(command.reason()), "reason", "matching.referral.correctionReasonBlank");
        refuseIf(command.outcome() == referral.outcome() && amount.equals(referral.amount()), null,
                amount.isPositive() ? "matching.referral.unchangedWithAmount" : "matching.referral.unchanged",
                command.referralId(), command.outcome(), yen(amount));
        refuseIf(isBlank(command.requestedBy()), "requestedBy", "matching.requestedBy.required");
        refuseIf(command.requestedOn() == null, "requestedOn", "matching.requestedOn.required");
        LocalDate latest = referral.correctedOn() != null ? referral.correctedOn() : referral.decidedOn();
        refuseIf(command.requestedOn().isBefore(latest), "requestedOn", referral.correctedOn() != null
                ? "matching.referral.correctionBeforeLastCorrected" : "matching.referral.correctionBeforeDecided", latest);
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
        refuseIf(isBlank(command.reason()), "reason", "matching.referral.rejectionReasonBlank");
        apply(new ReferralOutcomeCorrectionRejectedEvent(orderRequestId, command.referralId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
    }

    /** The correction restates the year of the original decision, whose figures a close made final. */
    private static void refuseIfRestatesClosedYear(Referral referral, String referralId, ClosedFiscalYears closedYears) {
        closedYears.refuseIfClosed(FiscalYear.containing(referral.decidedOn()), "referralId",
                "matching.referral.yearClosed", referralId, referral.decidedOn());
    }

    private static PendingCorrection pendingCorrection(String referralId, Referral referral) {
        refuseIfMissing(referral.pending(), "referralId", "matching.referral.noCorrectionPending", referralId);
        return referral.pending();
    }

    /** Maker-checker: someone other than the requester decides, on or after the request date. */
    private static void checkDecision(String decidedBy, LocalDate decidedOn, PendingCorrection pending) {
        refuseIf(isBlank(decidedBy), "decidedBy", "matching.decidedBy.required");
        refuseIf(decidedBy.equals(pending.requestedBy()), "decidedBy", "matching.referral.ownCorrection");
        refuseIf(decidedOn == null, "decidedOn", "matching.referral.decisionDateRequired");
        refuseIf(decidedOn.isBefore(pending.requestedOn()), "decidedOn", "matching.referral.decidedBeforeRequested",
                pending.requestedOn());
    }

    /** The initial order amount the event records: more than ¥0 for a deal, ¥0 (or left out) otherwise. */
    private static Yen checkAmount(ReferralOutcome outcome, Yen amount) {
        if (outcome == ReferralOutcome.CONCLUDED) {
            refuseIf(amount == null || !amount.isPositive(), "initialOrderAmount",
                    "matching.initialOrderAmount.requiredWhenConcluded");
            return amount;
        }
        refuseIf(amount != null && !amount.isZero(), "initialOrderAmount",
                "matching.initialOrderAmount.onlyWhenConcluded");
        return Yen.ZERO;
    }

    private Referral referral(String referralId) {
        Referral referral = referralId == null ? null : referrals.get(referralId);
        refuseIfMissing(referral, "referralId", "matching.referral.missing", referralId);
        return referral;
    }

    /** {@code action} names the refusal: "matching.orderRequest.filled.withdraw" for a filled request. */
    private void refuseUnlessOpen(String action) {
        if (closure != null) {
            throw new BusinessRuleViolation(null, "matching.orderRequest." + closure.how() + "." + action, closure.on());
        }
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
