package org.smesupport.casework.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRejectedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;

/**
 * Interest subsidies (利息補助) of a {@link LeaseContract}, maker-checker: an entity of the contract
 * ({@code @AggregateMember}) that handles the request, its approval and its rejection and keeps the requests
 * filed. The contract subsidises its instalments when one is granted.
 */
final class InterestSubsidyRequests extends LeaseRequests<InterestSubsidyRequests.Subsidy> {

    /** Sales decline that qualifies for the interest subsidy: 5 % for sole proprietors, 15 % for firms. */
    static final int SOLE_PROPRIETOR_SUBSIDY_THRESHOLD_BP = 500;
    static final int FIRM_SUBSIDY_THRESHOLD_BP = 1500;

    InterestSubsidyRequests(LeaseContract contract) {
        super(contract, ApprovalKind.INTEREST_SUBSIDY, "lease.interestSubsidy");
    }

    /**
     * Asks for the interest still to be paid (on the books: not paid, subsidised or written off) of the
     * instalments falling due in the fiscal year, listed per instalment in the request. Interest the firm has
     * already paid is not refunded here.
     */
    @CommandHandler
    CommandResult handle(RequestInterestSubsidyCommand command) {
        contract.refuseUnlessActive("requestInterestSubsidy");
        checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(command.requestedOn().isBefore(contract.contractDate()), "requestedOn",
                "lease.interestSubsidy.beforeContract", contract.contractDate());
        FiscalYear year;
        try {
            year = FiscalYear.of(command.fiscalYear());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("fiscalYear", "lease.interestSubsidy.noSuchFiscalYear", command.fiscalYear());
        }
        LocalDate grantedBefore = contract.subsidyGrantedOn(command.fiscalYear());
        refuseIf(grantedBefore != null, "fiscalYear", "lease.interestSubsidy.alreadyGranted", year.label(),
                grantedBefore);
        int threshold = contract.sizeClass() == SizeClass.SOLE_PROPRIETOR
                ? SOLE_PROPRIETOR_SUBSIDY_THRESHOLD_BP : FIRM_SUBSIDY_THRESHOLD_BP;
        refuseIf(command.salesDeclineBasisPoints() < threshold, "salesDeclineBasisPoints",
                contract.sizeClass() == SizeClass.SOLE_PROPRIETOR
                        ? "lease.interestSubsidy.declineBelowSoleProprietor" : "lease.interestSubsidy.declineBelowFirm",
                LeaseContract.percent(threshold), LeaseContract.percent(command.salesDeclineBasisPoints()));
        refuseIf(isBlank(command.evidence()), "evidence", "lease.interestSubsidy.evidenceBlank");
        List<SubsidisedInterest> subsidies = subsidisable(year);
        refuseIf(subsidies.isEmpty(), "fiscalYear", "lease.interestSubsidy.nothingToSubsidise", year.label());
        apply(new InterestSubsidyRequestedEvent(contract.id(), contract.companyId(), command.requestId(), command.fiscalYear(),
                command.salesDeclineBasisPoints(), command.evidence(), command.requestedOn(), command.requestedBy(),
                subsidies, totalOf(subsidies)));
        return contract.result();
    }

    /**
     * Grants exactly what the request listed, per instalment: the checker approves what the queue showed.
     * Refused once that interest has changed (a payment, new arrears, a deferral, a write-off), and while the
     * subsidy's fiscal year is closed ({@link ClosedFiscalYears}, injected by Axon): the grant counts there.
     */
    @CommandHandler
    CommandResult handle(ApproveInterestSubsidyCommand command, ClosedFiscalYears closedYears) {
        contract.refuseUnlessActive("approveInterestSubsidy");
        Subsidy request = toDecide(command.requestId(), command.decidedBy(), command.decidedOn())
                .details();
        FiscalYear year = FiscalYear.of(request.fiscalYear());
        closedYears.refuseIfClosed(year, "requestId", "lease.interestSubsidy.yearClosed");
        List<SubsidisedInterest> now = subsidisable(year);
        refuseIf(!now.equals(request.subsidies()), "requestId", "lease.interestSubsidy.interestChanged", year.label(),
                describeSubsidies(request.subsidies()), describeSubsidies(now));
        apply(new InterestSubsidyGrantedEvent(contract.id(), contract.companyId(), request.fiscalYear(),
                request.salesDeclineBasisPoints(), request.evidence(), command.decidedOn(),
                year.contains(contract.contractDate()), request.subsidies(), totalOf(request.subsidies()), command.requestId(),
                command.decidedBy(), command.comment()));
        if (contract.owed() == 0) {
            contract.complete(command.decidedOn());
        }
        return contract.result();
    }

    @CommandHandler
    CommandResult handle(RejectInterestSubsidyCommand command) {
        contract.refuseUnlessActive("rejectInterestSubsidy");
        toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.rejection.reasonBlank");
        apply(new InterestSubsidyRejectedEvent(contract.id(), command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return contract.result();
    }

    /** The interest still to be paid of each instalment falling due in {@code year}, oldest due first. */
    private List<SubsidisedInterest> subsidisable(FiscalYear year) {
        return contract.accounts()
                .filter(a -> year.contains(a.dueDate()) && a.unpaidInterest() > 0)
                .sorted(LeaseContract.OLDEST_DUE_FIRST)
                .map(a -> new SubsidisedInterest(a.number(), Yen.of(a.unpaidInterest()), a.inArrears()))
                .toList();
    }

    private static Yen totalOf(List<SubsidisedInterest> subsidies) {
        return Yen.of(subsidies.stream().mapToLong(subsidy -> subsidy.amount().value()).sum());
    }

    private static String describeSubsidies(List<SubsidisedInterest> subsidies) {
        return subsidies.isEmpty() ? "none" : subsidies.stream()
                .map(subsidy -> "No. " + subsidy.instalmentNumber() + " " + LeaseContract.yen(subsidy.amount())
                        + (subsidy.inArrears() ? " in arrears" : ""))
                .collect(Collectors.joining(", "));
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(InterestSubsidyRequestedEvent event) {
        file(event.requestId(), new Subsidy(event.fiscalYear(), event.salesDeclineBasisPoints(), event.evidence(),
                event.subsidies()), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(InterestSubsidyGrantedEvent event) {
        if (event.requestId() != null) {
            decide(event.requestId(), "approved", event.grantedOn());
        }
    }

    @EventSourcingHandler
    void on(InterestSubsidyRejectedEvent event) {
        decide(event.requestId(), "rejected", event.decidedOn());
    }

    /** What an interest-subsidy request asks: the year, the declared fall in sales, and the interest to pay. */
    record Subsidy(int fiscalYear, int salesDeclineBasisPoints, String evidence, List<SubsidisedInterest> subsidies) {
    }
}
