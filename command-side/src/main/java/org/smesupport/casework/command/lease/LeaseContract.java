package org.smesupport.casework.command.lease;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;
import static org.smesupport.casework.command.common.NoSuchPart.refuseIfMissing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRejectedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRejectedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractReopenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRejectedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRejectedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.LiftedArrears;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.api.lease.WaivedInterest;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CompanyRegistry.CompanyProfile;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;

/**
 * One equipment lease (リース) or instalment sale (割賦販売) of the centre to a firm: its schedule and, per
 * instalment, what was paid, subsidised, fell into arrears, was written off and recovered (report section
 * I-2). State per instalment lives in {@link InstalmentAccount}.
 *
 * <p>Definitions used throughout:
 * <ul>
 *   <li><b>on-books unpaid</b> of an instalment: scheduled total − subsidised − paid − written off (net)
 *       (− interest waived by an early settlement);</li>
 *   <li><b>arrears</b> of the contract: Σ on-books unpaid of the instalments flagged in arrears. The flag is
 *       set by the close-of-business run and cleared only by an approved lift of arrears raised in error
 *       ({@link LeaseArrearsLiftedEvent}), so a reversed payment on such an instalment is owed in arrears
 *       again;</li>
 *   <li><b>owed</b>: Σ on-books unpaid + Σ written off and not recovered since (a write-off takes a debt
 *       off the books, it does not forgive it).</li>
 * </ul>
 * So that the receivables roll-forward balances (opening + arising − recovered − written off = closing),
 * every change of the arrears is an event field: arrears arising ({@link LeaseArrearsArisenEvent},
 * {@link LeasePaymentReversedEvent#arrearsReinstated()}), recovered ({@link PaymentAllocation} with
 * {@code inArrears && !writtenOff}, {@link SubsidisedInterest} with {@code inArrears}), written off
 * ({@link LeaseWriteOffApprovedEvent} less {@link LeaseWriteOffReversedEvent}); a lift takes back both the
 * arising and the recoveries booked for its instalments ({@link LeaseArrearsLiftedEvent}).
 *
 * <p>A contract that is completed or settled early refuses every command except the close-of-business
 * arrears run, which then does nothing (the run may race a completion), and the reversal of a payment: the
 * bounced money is owed again, so the contract reopens ({@link LeaseContractReopenedEvent}).
 */
@Aggregate(cache = "aggregateCache")
class LeaseContract {

    static final int MAX_TERM_MONTHS = 240;
    static final int MAX_RATE_BASIS_POINTS = 2000;
    static final int MAX_EQUIPMENT_LENGTH = 200;
    /** Sales decline that qualifies for the interest subsidy: 5 % for sole proprietors, 15 % for firms. */
    static final int SOLE_PROPRIETOR_SUBSIDY_THRESHOLD_BP = 500;
    static final int FIRM_SUBSIDY_THRESHOLD_BP = 1500;

    private static final Comparator<InstalmentAccount> OLDEST_DUE_FIRST =
            Comparator.comparing(InstalmentAccount::dueDate).thenComparingInt(InstalmentAccount::number);

    @AggregateIdentifier
    private LeaseContractId contractId;
    private CompanyId companyId;
    private SizeClass sizeClass;
    private LocalDate contractDate;
    private long financedPrincipal;
    private LeaseContractStatus status;
    private LocalDate endedOn;
    /** By instalment number. */
    private final Map<Integer, InstalmentAccount> instalments = new TreeMap<>();
    private final Map<String, RecordedPayment> payments = new HashMap<>();
    private final LeaseRequests<Deferral> deferrals =
            new LeaseRequests<>(ApprovalKind.DEFERRAL, "Deferral request", "deferral");
    private final LeaseRequests<List<ArrearsEntry>> writeOffs =
            new LeaseRequests<>(ApprovalKind.WRITE_OFF, "Write-off request", "write-off");
    private final LeaseRequests<Subsidy> subsidyRequests =
            new LeaseRequests<>(ApprovalKind.INTEREST_SUBSIDY, "Interest-subsidy request", "interest subsidy");
    private final LeaseRequests<List<LiftedArrears>> arrearsLifts =
            new LeaseRequests<>(ApprovalKind.ARREARS_LIFT, "Arrears-lift request", "arrears lift");
    private final Map<Integer, LocalDate> subsidisedYears = new HashMap<>();

    /** Axon rebuilds the contract from its events through this constructor. */
    LeaseContract() {
    }

    /**
     * Opens the contract with its generated {@link RepaymentSchedule}. The company's industry and size
     * class are read from the {@link CompanyRegistry} (injected by Axon as a handler parameter) and kept
     * in the event as they are at contract time.
     */
    @CommandHandler
    LeaseContract(OpenLeaseContractCommand command, CompanyRegistry companies) {
        refuseIf(command.companyId() == null, "companyId", "The company is required.");
        refuseIf(command.kind() == null, "kind", "The kind of contract (LEASE or INSTALMENT_SALE) is required.");
        refuseIf(isBlank(command.equipment()), "equipment", "The equipment must not be blank.");
        refuseIf(command.equipment().length() > MAX_EQUIPMENT_LENGTH, "equipment",
                "The equipment description must be at most " + MAX_EQUIPMENT_LENGTH + " characters.");
        refuseIf(command.amount() == null || !command.amount().isPositive(), "amount",
                "The contract amount must be more than ¥0.");
        refuseIf(command.downPayment() == null, "downPayment", "The down payment is required (¥0 for none).");
        refuseIf(command.downPayment().isNegative(), "downPayment", "The down payment cannot be negative.");
        refuseIf(command.downPayment().isPositive() && !command.kind().takesDownPayment(), "downPayment",
                "A lease (リース) finances the whole price and takes no down payment; only an instalment sale (割賦販売) does.");
        refuseIf(!command.amount().isGreaterThan(command.downPayment()), "downPayment",
                "The down payment must be less than the contract amount of " + yen(command.amount()) + ".");
        refuseIf(command.frequency() == null, "frequency", "The payment frequency is required.");
        refuseIf(command.termMonths() < 1 || command.termMonths() > MAX_TERM_MONTHS, "termMonths",
                "The term runs from 1 to " + MAX_TERM_MONTHS + " months.");
        int period = command.frequency().months();
        refuseIf(command.termMonths() % period != 0, "termMonths",
                "The term of " + command.termMonths() + " months is not a whole number of " + command.frequency()
                        + " periods of " + period + " months.");
        refuseIf(command.annualRateBasisPoints() < 0 || command.annualRateBasisPoints() > MAX_RATE_BASIS_POINTS,
                "annualRateBasisPoints", "The annual rate runs from 0 to " + MAX_RATE_BASIS_POINTS
                        + " basis points (0 % to 20 %).");
        refuseIf(command.interestFreeMonths() < 0 || command.interestFreeMonths() > command.termMonths(),
                "interestFreeMonths", "The interest-free period runs from 0 months to the term of "
                        + command.termMonths() + " months.");
        refuseIf(command.contractDate() == null, "contractDate", "The contract date is required.");
        refuseIf(command.firstDueDate() == null, "firstDueDate", "The first due date is required.");
        refuseIf(!command.firstDueDate().isAfter(command.contractDate()), "firstDueDate",
                "The first instalment must fall due after the contract date " + command.contractDate() + ".");
        Yen financed = command.amount().minus(command.downPayment());
        int count = command.termMonths() / period;
        refuseIf(financed.value() < count, "amount", "The financed principal of " + yen(financed)
                + " cannot be spread over " + count + " instalments: each must carry at least ¥1 of principal.");
        CompanyProfile company = companies.profileOf(command.companyId()).orElseThrow(() ->
                new BusinessRuleViolation("companyId", "Company " + command.companyId() + " is not registered."));
        List<Instalment> schedule = RepaymentSchedule.generate(financed, command.termMonths(), command.frequency(),
                command.annualRateBasisPoints(), command.interestFreeMonths(), command.contractDate(),
                command.firstDueDate());
        apply(new LeaseContractOpenedEvent(command.contractId(), command.companyId(), company.industry(),
                company.sizeClass(), command.kind(), command.equipment(), command.amount(), command.downPayment(),
                financed, command.termMonths(), command.frequency(), command.annualRateBasisPoints(),
                command.interestFreeMonths(), command.contractDate(), schedule));
    }

    // payments

    /**
     * Applies the payment to what is on the books, oldest due first and interest before principal, then to
     * written-off amounts oldest first (money recovered after a write-off). A payment that leaves nothing
     * owed completes the contract.
     */
    @CommandHandler
    CommandResult handle(RecordLeasePaymentCommand command) {
        refuseUnlessActive("record a payment");
        refuseIf(isBlank(command.paymentId()), "paymentId", "The payment id must not be blank.");
        refuseIf(payments.containsKey(command.paymentId()), "paymentId",
                "Payment " + command.paymentId() + " has already been recorded on this contract.");
        refuseIf(command.receivedOn() == null, "receivedOn", "The date the payment was received is required.");
        refuseIf(command.receivedOn().isBefore(contractDate), "receivedOn",
                "A payment cannot be received before the contract date " + contractDate + ".");
        refuseIf(command.amount() == null || !command.amount().isPositive(), "amount",
                "The payment must be more than ¥0.");
        long owed = owed();
        refuseIf(command.amount().value() > owed, "amount", "The payment of " + yen(command.amount())
                + " is more than everything still owed on this contract; at most " + yen(owed) + " can be received.");
        List<PaymentAllocation> allocations = allocate(command.amount().value(), command.receivedOn(), false);
        apply(new LeasePaymentRecordedEvent(contractId, command.paymentId(), command.receivedOn(), command.amount(),
                allocations));
        if (owed == command.amount().value()) {
            complete(command.receivedOn());
        }
        return result();
    }

    /**
     * Takes back exactly the payment's allocations. What it had paid on the books of instalments now in
     * arrears is owed in arrears again ({@code arrearsReinstated}); what it had recovered of written-off
     * amounts is written off again.
     */
    @CommandHandler
    CommandResult handle(ReverseLeasePaymentCommand command) {
        RecordedPayment payment = payments.get(command.paymentId());
        refuseIfMissing(payment, "paymentId", "No payment " + command.paymentId() + " has been recorded on this contract.");
        refuseIf(payment.reversedOn() != null, "paymentId",
                "Payment " + command.paymentId() + " was already reversed on " + payment.reversedOn() + ".");
        refuseIf(command.reversedOn() == null, "reversedOn", "The reversal date is required.");
        refuseIf(command.reversedOn().isBefore(payment.receivedOn()), "reversedOn",
                "The payment cannot be reversed before it was received on " + payment.receivedOn() + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the reversal must not be blank.");
        if (status != LeaseContractStatus.ACTIVE) {
            // the bounced money is owed again, so the contract it had ended is not over
            refuseIf(command.reversedOn().isBefore(endedOn), "reversedOn",
                    "The contract ended on " + endedOn + "; a reversal that reopens it cannot be dated before that.");
            apply(new LeaseContractReopenedEvent(contractId, command.reversedOn(),
                    "Payment " + command.paymentId() + " was reversed: " + command.reason()));
        }
        Map<Integer, Long> reinstated = new TreeMap<>();
        for (PaymentAllocation allocation : payment.allocations()) {
            InstalmentAccount account = instalments.get(allocation.instalmentNumber());
            if (!allocation.writtenOff() && account.inArrears()) {
                reinstated.merge(allocation.instalmentNumber(), allocation.total().value(), Long::sum);
            }
        }
        List<ArrearsEntry> entries = reinstated.entrySet().stream()
                .map(e -> new ArrearsEntry(e.getKey(), instalments.get(e.getKey()).dueDate(), Yen.of(e.getValue())))
                .toList();
        apply(new LeasePaymentReversedEvent(contractId, command.paymentId(), command.reversedOn(), command.reason(),
                payment.allocations(), entries));
        return result();
    }

    // arrears

    /**
     * The close-of-business run: instalments due more than {@code graceDays} before the business date and
     * still unpaid on the books move into arrears, with their unpaid amounts. Idempotent: instalments
     * already in arrears are left alone; nothing new, or a contract no longer active, means no event.
     */
    @CommandHandler
    CommandResult handle(MarkLeaseArrearsCommand command) {
        refuseIf(command.businessDate() == null, "businessDate", "The business date is required.");
        refuseIf(command.graceDays() < 0, "graceDays", "The grace period cannot be negative.");
        if (status == LeaseContractStatus.ACTIVE) {
            List<ArrearsEntry> entries = instalments.values().stream()
                    .filter(a -> !a.inArrears() && a.unpaid() > 0
                            && a.dueDate().plusDays(command.graceDays()).isBefore(command.businessDate()))
                    .sorted(OLDEST_DUE_FIRST)
                    .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.unpaid())))
                    .toList();
            if (!entries.isEmpty()) {
                apply(new LeaseArrearsArisenEvent(contractId, command.businessDate(), entries, command.graceDays()));
            }
        }
        return result();
    }

    // lifting arrears raised in error (延滞解除), maker-checker

    /**
     * Asks to lift the arrears of instalments that were not in fact overdue when the close of business
     * flagged them (a transfer credited on time but recorded late). Each must be in arrears and never written
     * off; the request lists, per instalment, the arising and the recoveries booked for it.
     */
    @CommandHandler
    CommandResult handle(RequestLeaseArrearsLiftCommand command) {
        refuseUnlessActive("lift arrears");
        arrearsLifts.checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason the arrears were raised in error must not be blank.");
        refuseIf(command.instalmentNumbers() == null || command.instalmentNumbers().isEmpty(), "instalmentNumbers",
                "Name the instalments whose arrears are to be lifted.");
        for (Integer number : command.instalmentNumbers()) {
            InstalmentAccount account = number == null ? null : instalments.get(number);
            refuseIf(account == null, "instalmentNumbers", "There is no instalment " + number + " on this contract.");
            refuseIf(!account.inArrears(), "instalmentNumbers",
                    "Instalment " + number + " is not in arrears; there is nothing to lift.");
            refuseIf(account.everWrittenOff(), "instalmentNumbers", "Instalment " + number + " was written off;"
                    + " arrears that were written off are not lifted (reverse the write-off and recover them).");
        }
        apply(new LeaseArrearsLiftRequestedEvent(contractId, command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(), liftable(Set.copyOf(command.instalmentNumbers()))));
        return result();
    }

    /**
     * Lifts exactly what the request listed: the checker approves what the queue showed. Refused once those
     * arrears have changed (a payment, a reversal, a write-off).
     */
    @CommandHandler
    CommandResult handle(ApproveLeaseArrearsLiftCommand command) {
        refuseUnlessActive("approve an arrears lift");
        List<LiftedArrears> requested = arrearsLifts.toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn()).details();
        List<LiftedArrears> now = liftable(requested.stream().map(LiftedArrears::instalmentNumber)
                .collect(Collectors.toSet()));
        refuseIf(!now.equals(requested), "requestId", "Since the lift was requested, the arrears of its"
                + " instalments have changed (then " + describeLifts(requested) + ", now "
                + describeLifts(now) + "): payments, reversals or write-offs have been recorded since. Reject this"
                + " request and request the lift again.");
        apply(new LeaseArrearsLiftedEvent(contractId, command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), requested));
        return result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseArrearsLiftCommand command) {
        refuseUnlessActive("reject an arrears lift");
        arrearsLifts.toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new LeaseArrearsLiftRejectedEvent(contractId, command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
    }

    /** Of {@code numbers}, the instalments in arrears and never written off, with what was booked for them. */
    private List<LiftedArrears> liftable(Set<Integer> numbers) {
        return instalments.values().stream()
                .filter(a -> numbers.contains(a.number()) && a.inArrears() && !a.everWrittenOff())
                .sorted(OLDEST_DUE_FIRST)
                .map(a -> new LiftedArrears(a.number(), a.dueDate(), Yen.of(a.arrearsArisen()),
                        Yen.of(a.arrearsRecovered())))
                .toList();
    }

    private static String describeLifts(List<LiftedArrears> entries) {
        return entries.isEmpty() ? "none" : entries.stream()
                .map(entry -> "No. " + entry.instalmentNumber() + " arisen " + yen(entry.arisen()) + " recovered "
                        + yen(entry.recovered()))
                .collect(Collectors.joining(", "));
    }

    // deferral (延納), maker-checker

    @CommandHandler
    CommandResult handle(RequestLeaseDeferralCommand command) {
        refuseUnlessActive("request a deferral");
        deferrals.checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(command.requestedOn().isBefore(contractDate), "requestedOn",
                "A deferral cannot be requested before the contract date " + contractDate + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the deferral must not be blank.");
        refuseIf(command.revisedInstalments() == null || command.revisedInstalments().isEmpty(), "revisedInstalments",
                "The revised instalments are required.");
        checkRevisedInstalments(command.revisedInstalments(), command.requestedOn());
        apply(new LeaseDeferralRequestedEvent(contractId, command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(), List.copyOf(command.revisedInstalments()),
                replaceable().stream().map(InstalmentAccount::number).sorted().toList()));
        return result();
    }

    @CommandHandler
    CommandResult handle(ApproveLeaseDeferralCommand command) {
        refuseUnlessActive("approve a deferral");
        LeaseRequests.Filed<Deferral> filed = deferrals.toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn());
        Deferral request = filed.details();
        Set<Integer> replacedNow = replaceable().stream().map(InstalmentAccount::number).collect(Collectors.toSet());
        refuseIf(!replacedNow.equals(request.replaced()), "requestId", "Since the deferral was requested, the"
                + " instalments it would replace have changed (then " + numbers(request.replaced()) + ", now "
                + (replacedNow.isEmpty() ? "none" : numbers(replacedNow)) + "): payments, arrears, write-offs or"
                + " subsidies have been recorded since. Reject this request and request a new deferral.");
        checkRevisedInstalments(request.revised(), filed.requestedOn());
        apply(new LeaseDeferralApprovedEvent(contractId, command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), request.revised(), request.replaced().stream().sorted().toList()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseDeferralCommand command) {
        refuseUnlessActive("reject a deferral");
        deferrals.toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new LeaseDeferralRejectedEvent(contractId, command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
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
        int firstNumber = instalments.values().stream().filter(a -> !replaced.contains(a))
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
                + yen(revisedPrincipal) + " of principal, but the instalments they replace (" + numbers(replaced.stream()
                .map(InstalmentAccount::number).toList()) + ": every instalment with no payment at all that is not in"
                + " arrears, written off or subsidised) carry " + yen(replacedPrincipal)
                + ". A deferral moves principal, it neither adds nor forgives any.");
    }

    private List<InstalmentAccount> replaceable() {
        return instalments.values().stream().filter(InstalmentAccount::untouched).toList();
    }

    // write-off (償却), maker-checker

    @CommandHandler
    CommandResult handle(RequestLeaseWriteOffCommand command) {
        refuseUnlessActive("request a write-off");
        writeOffs.checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the write-off must not be blank.");
        List<ArrearsEntry> entries = arrearsEntries();
        refuseIf(entries.isEmpty(), null, "This contract has no arrears to write off.");
        apply(new LeaseWriteOffRequestedEvent(contractId, command.requestId(), command.requestedOn(),
                command.requestedBy(), command.reason(),
                Yen.of(entries.stream().mapToLong(entry -> entry.amount().value()).sum()), entries));
        return result();
    }

    /**
     * Writes off exactly what the request listed, per instalment: the checker approves what the queue
     * showed. Refused once those arrears have changed (a payment, new arrears, a reversal).
     */
    @CommandHandler
    CommandResult handle(ApproveLeaseWriteOffCommand command) {
        refuseUnlessActive("approve a write-off");
        List<ArrearsEntry> requested = writeOffs.toDecide(command.requestId(), command.decidedBy(),
                command.decidedOn()).details();
        refuseIf(requested == null, "requestId", "Write-off request " + command.requestId()
                + " was recorded before requests listed the amounts per instalment; reject it and request again.");
        List<ArrearsEntry> now = arrearsEntries();
        refuseIf(!now.equals(requested), "requestId", "Since the write-off was requested, the arrears have"
                + " changed (then " + describe(requested) + ", now " + describe(now) + "): payments, arrears"
                + " or reversals have been recorded since. Reject this request and request a new write-off.");
        apply(new LeaseWriteOffApprovedEvent(contractId, command.requestId(), command.decidedOn(), command.decidedBy(),
                command.comment(), requested));
        return result();
    }

    @CommandHandler
    CommandResult handle(RejectLeaseWriteOffCommand command) {
        refuseUnlessActive("reject a write-off");
        writeOffs.toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new LeaseWriteOffRejectedEvent(contractId, command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
    }

    /** Puts back into arrears what of the write-off has not been recovered since, per instalment. */
    @CommandHandler
    CommandResult handle(ReverseLeaseWriteOffCommand command) {
        refuseUnlessActive("reverse a write-off");
        LeaseRequests.Filed<List<ArrearsEntry>> request = writeOffs.get(command.requestId());
        refuseIfMissing(request, "requestId", "No write-off request " + command.requestId() + " exists on this contract.");
        refuseIf(!"approved".equals(request.decision()), "requestId", "Only an approved write-off can be reversed; "
                + "write-off request " + command.requestId() + " " + (request.decision() == null ? "is still pending"
                : "was " + request.decision()) + ".");
        refuseIf(isBlank(command.reversedBy()), "reversedBy", "The reversing user is required.");
        refuseIf(command.reversedOn() == null, "reversedOn", "The reversal date is required.");
        refuseIf(command.reversedOn().isBefore(request.decidedOn()), "reversedOn",
                "The write-off cannot be reversed before it was approved on " + request.decidedOn() + ".");
        refuseIf(isBlank(command.reason()), "reason", "The reason for the reversal must not be blank.");
        List<ArrearsEntry> entries = instalments.values().stream()
                .filter(a -> a.notRecoveredOf(command.requestId()) > 0)
                .sorted(OLDEST_DUE_FIRST)
                .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.notRecoveredOf(command.requestId())),
                        Yen.of(a.notRecoveredPrincipalOf(command.requestId()))))
                .toList();
        refuseIf(entries.isEmpty(), "requestId", "Everything written off by request " + command.requestId()
                + " has been recovered since; there is nothing to put back into arrears.");
        apply(new LeaseWriteOffReversedEvent(contractId, command.requestId(), command.reversedOn(),
                command.reversedBy(), command.reason(), entries));
        return result();
    }

    /** The unpaid amount of every instalment in arrears, oldest due first. */
    private List<ArrearsEntry> arrearsEntries() {
        return instalments.values().stream()
                .filter(a -> a.inArrears() && a.unpaid() > 0)
                .sorted(OLDEST_DUE_FIRST)
                .map(a -> new ArrearsEntry(a.number(), a.dueDate(), Yen.of(a.unpaid())))
                .toList();
    }

    private static String describe(List<ArrearsEntry> entries) {
        return entries.isEmpty() ? "none" : entries.stream()
                .map(entry -> "No. " + entry.instalmentNumber() + " " + entry.amount())
                .collect(Collectors.joining(", "));
    }

    // interest subsidy (利息補助), maker-checker

    /**
     * Asks for the interest still to be paid (on the books: not paid, subsidised or written off) of the
     * instalments falling due in the fiscal year, listed per instalment in the request. Interest the firm has
     * already paid is not refunded here.
     */
    @CommandHandler
    CommandResult handle(RequestInterestSubsidyCommand command) {
        refuseUnlessActive("request an interest subsidy");
        subsidyRequests.checkNew(command.requestId(), command.requestedBy(), command.requestedOn());
        refuseIf(command.requestedOn().isBefore(contractDate), "requestedOn",
                "An interest subsidy cannot be requested before the contract date " + contractDate + ".");
        FiscalYear year;
        try {
            year = FiscalYear.of(command.fiscalYear());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("fiscalYear", "There is no fiscal year " + command.fiscalYear() + ".");
        }
        LocalDate grantedBefore = subsidisedYears.get(command.fiscalYear());
        refuseIf(grantedBefore != null, "fiscalYear", "The interest subsidy for " + year.label()
                + " was already granted on " + grantedBefore + "; a contract receives one per fiscal year.");
        int threshold = sizeClass == SizeClass.SOLE_PROPRIETOR
                ? SOLE_PROPRIETOR_SUBSIDY_THRESHOLD_BP : FIRM_SUBSIDY_THRESHOLD_BP;
        refuseIf(command.salesDeclineBasisPoints() < threshold, "salesDeclineBasisPoints",
                (sizeClass == SizeClass.SOLE_PROPRIETOR ? "A sole proprietor (個人事業主)" : "A small or micro firm")
                        + " qualifies for the interest subsidy from a sales decline of " + percent(threshold) + "; "
                        + percent(command.salesDeclineBasisPoints()) + " was declared.");
        refuseIf(isBlank(command.evidence()), "evidence", "The evidence of the sales decline must not be blank.");
        List<SubsidisedInterest> subsidies = subsidisable(year);
        refuseIf(subsidies.isEmpty(), "fiscalYear", "No interest still to be paid falls due in " + year.label()
                + "; there is nothing to subsidise.");
        apply(new InterestSubsidyRequestedEvent(contractId, companyId, command.requestId(), command.fiscalYear(),
                command.salesDeclineBasisPoints(), command.evidence(), command.requestedOn(), command.requestedBy(),
                subsidies, totalOf(subsidies)));
        return result();
    }

    /**
     * Grants exactly what the request listed, per instalment: the checker approves what the queue showed.
     * Refused once that interest has changed (a payment, new arrears, a deferral, a write-off), and while the
     * subsidy's fiscal year is closed ({@link ClosedFiscalYears}, injected by Axon): the grant counts there.
     */
    @CommandHandler
    CommandResult handle(ApproveInterestSubsidyCommand command, ClosedFiscalYears closedYears) {
        refuseUnlessActive("approve an interest subsidy");
        Subsidy request = subsidyRequests.toDecide(command.requestId(), command.decidedBy(), command.decidedOn())
                .details();
        FiscalYear year = FiscalYear.of(request.fiscalYear());
        closedYears.refuseIfClosed(year, "requestId", "The interest subsidy for " + year.label());
        List<SubsidisedInterest> now = subsidisable(year);
        refuseIf(!now.equals(request.subsidies()), "requestId", "Since the interest subsidy was requested, the"
                + " interest still to be paid in " + year.label() + " has changed (then "
                + describeSubsidies(request.subsidies()) + ", now " + describeSubsidies(now) + "): payments, arrears,"
                + " a deferral or write-offs have been recorded since. Reject this request and request it again.");
        apply(new InterestSubsidyGrantedEvent(contractId, companyId, request.fiscalYear(),
                request.salesDeclineBasisPoints(), request.evidence(), command.decidedOn(),
                year.contains(contractDate), request.subsidies(), totalOf(request.subsidies()), command.requestId(),
                command.decidedBy(), command.comment()));
        if (owed() == 0) {
            complete(command.decidedOn());
        }
        return result();
    }

    @CommandHandler
    CommandResult handle(RejectInterestSubsidyCommand command) {
        refuseUnlessActive("reject an interest subsidy");
        subsidyRequests.toDecide(command.requestId(), command.decidedBy(), command.decidedOn());
        refuseIf(isBlank(command.reason()), "reason", "The reason for the rejection must not be blank.");
        apply(new InterestSubsidyRejectedEvent(contractId, command.requestId(), command.decidedOn(),
                command.decidedBy(), command.reason()));
        return result();
    }

    /** The interest still to be paid of each instalment falling due in {@code year}, oldest due first. */
    private List<SubsidisedInterest> subsidisable(FiscalYear year) {
        return instalments.values().stream()
                .filter(a -> year.contains(a.dueDate()) && a.unpaidInterest() > 0)
                .sorted(OLDEST_DUE_FIRST)
                .map(a -> new SubsidisedInterest(a.number(), Yen.of(a.unpaidInterest()), a.inArrears()))
                .toList();
    }

    private static Yen totalOf(List<SubsidisedInterest> subsidies) {
        return Yen.of(subsidies.stream().mapToLong(subsidy -> subsidy.amount().value()).sum());
    }

    private static String describeSubsidies(List<SubsidisedInterest> subsidies) {
        return subsidies.isEmpty() ? "none" : subsidies.stream()
                .map(subsidy -> "No. " + subsidy.instalmentNumber() + " " + yen(subsidy.amount())
                        + (subsidy.inArrears() ? " in arrears" : ""))
                .collect(Collectors.joining(", "));
    }

    // early settlement

    /**
     * Settles the contract: the firm pays everything on the books that is due by {@code settledOn} or in
     * arrears, the principal of the instalments not yet due, and what was written off and not recovered;
     * the interest of the instalments not yet due is waived.
     */
    @CommandHandler
    CommandResult handle(SettleLeaseContractEarlyCommand command) {
        refuseUnlessActive("settle it early");
        refuseIf(command.settledOn() == null, "settledOn", "The settlement date is required.");
        refuseIf(command.settledOn().isBefore(contractDate), "settledOn",
                "The contract cannot be settled before its contract date " + contractDate + ".");
        refuseIf(command.amount() == null, "amount", "The settlement amount is required.");
        long dueAndUnpaid = 0;
        long principalNotYetDue = 0;
        for (InstalmentAccount account : instalments.values()) {
            if (notYetDue(account, command.settledOn())) {
                principalNotYetDue += account.unpaidPrincipal();
            } else {
                dueAndUnpaid += account.unpaid();
            }
        }
        long writtenOff = instalments.values().stream().mapToLong(InstalmentAccount::writtenOffOutstanding).sum();
        long owed = dueAndUnpaid + principalNotYetDue + writtenOff;
        refuseIf(owed == 0, null, "Nothing is owed on this contract; there is nothing to settle.");
        refuseIf(command.amount().value() != owed, "amount", "To settle on " + command.settledOn()
                + " the firm pays exactly " + yen(owed) + " (" + yen(dueAndUnpaid) + " due and unpaid, "
                + yen(principalNotYetDue) + " principal not yet due, " + yen(writtenOff)
                + " written off and not recovered); " + yen(command.amount()) + " was entered.");
        List<WaivedInterest> waived = instalments.values().stream()
                .filter(a -> notYetDue(a, command.settledOn()) && a.unpaidInterest() > 0)
                .sorted(OLDEST_DUE_FIRST)
                .map(a -> new WaivedInterest(a.number(), Yen.of(a.unpaidInterest())))
                .toList();
        long interestWaived = waived.stream().mapToLong(w -> w.amount().value()).sum();
        closePendingRequests(command.settledOn(), "The contract was settled early on " + command.settledOn() + ".");
        apply(new LeaseContractSettledEarlyEvent(contractId, command.settledOn(), command.amount(),
                allocate(owed, command.settledOn(), true), Yen.of(interestWaived), waived));
        return result();
    }

    private void complete(LocalDate on) {
        closePendingRequests(on, "The contract was completed on " + on + ": nothing is owed any more.");
        apply(new LeaseContractCompletedEvent(contractId, on));
    }

    /** A request still pending when the contract ends has nothing left to decide: it ends with it. */
    private void closePendingRequests(LocalDate on, String reason) {
        for (LeaseRequests<?> requests : List.of(deferrals, writeOffs, subsidyRequests, arrearsLifts)) {
            requests.pending().ifPresent(requestId ->
                    apply(new LeaseRequestClosedEvent(contractId, requestId, requests.kind(), on, reason)));
        }
    }

    /** Falls due after {@code on} and is not in arrears: its interest is not yet earned on that day. */
    private static boolean notYetDue(InstalmentAccount account, LocalDate on) {
        return account.dueDate().isAfter(on) && !account.inArrears();
    }

    // rules and figures shared by the handlers

    private void refuseUnlessActive(String action) {
        refuseIf(status == LeaseContractStatus.COMPLETED, null,
                "The contract was completed on " + endedOn + "; it is no longer possible to " + action + ".");
        refuseIf(status == LeaseContractStatus.SETTLED_EARLY, null,
                "The contract was settled early on " + endedOn + "; it is no longer possible to " + action + ".");
    }

    /**
     * Splits {@code amount} paid on {@code paidOn} over what is owed: first what is on the books, oldest due
     * first; then what was written off, oldest due first. An instalment already due takes interest before
     * principal; one not yet due takes principal first, since its interest is not yet earned and is not
     * charged early (as loan servicing treats advance payments). A settlement waives that interest: the
     * instalments not yet due take only principal.
     */
    private List<PaymentAllocation> allocate(long amount, LocalDate paidOn, boolean settlement) {
        List<InstalmentAccount> oldestFirst = instalments.values().stream().sorted(OLDEST_DUE_FIRST).toList();
        List<PaymentAllocation> allocations = new ArrayList<>();
        long left = amount;
        for (InstalmentAccount account : oldestFirst) {
            boolean ahead = notYetDue(account, paidOn);
            long interestDue = settlement && ahead ? 0 : account.unpaidInterest();
            long interest;
            long principal;
            if (ahead) {
                principal = Math.min(left, account.unpaidPrincipal());
                interest = Math.min(left - principal, interestDue);
            } else {
                interest = Math.min(left, interestDue);
                principal = Math.min(left - interest, account.unpaidPrincipal());
            }
            left -= interest + principal;
            if (interest + principal > 0) {
                allocations.add(new PaymentAllocation(account.number(), Yen.of(interest), Yen.of(principal),
                        account.inArrears(), false));
            }
        }
        for (InstalmentAccount account : oldestFirst) {
            long interest = Math.min(left, account.writtenOffOutstandingInterest());
            long principal = Math.min(left - interest, account.writtenOffOutstandingPrincipal());
            left -= interest + principal;
            if (interest + principal > 0) {
                allocations.add(new PaymentAllocation(account.number(), Yen.of(interest), Yen.of(principal),
                        account.inArrears(), true));
            }
        }
        if (left != 0) {
            throw new IllegalStateException("allocation of " + amount + " left " + left + " over on " + contractId);
        }
        return List.copyOf(allocations);
    }

    /** Σ on-books unpaid of the instalments flagged in arrears. */
    long arrears() {
        return instalments.values().stream().filter(InstalmentAccount::inArrears).mapToLong(InstalmentAccount::unpaid)
                .sum();
    }

    /** Everything the firm still owes: on the books, and written off but not recovered. */
    long owed() {
        return instalments.values().stream().mapToLong(a -> a.unpaid() + a.writtenOffOutstanding()).sum();
    }

    /** The instalments as they stand, by number (read by tests). */
    Collection<InstalmentAccount> instalments() {
        return List.copyOf(instalments.values());
    }

    LeaseContractStatus status() {
        return status;
    }

    long financedPrincipal() {
        return financedPrincipal;
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(contractId.value(), AggregateLifecycle.getVersion());
    }

    private static String yen(Yen amount) {
        return yen(amount.value());
    }

    private static String yen(long amount) {
        return "¥%,d".formatted(amount);
    }

    private static String percent(int basisPoints) {
        int magnitude = Math.abs(basisPoints);
        return "%s%d.%02d %%".formatted(basisPoints < 0 ? "−" : "", magnitude / 100, magnitude % 100);
    }

    private static String numbers(Collection<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(LeaseContractOpenedEvent event) {
        contractId = event.contractId();
        companyId = event.companyId();
        sizeClass = event.sizeClass();
        contractDate = event.contractDate();
        financedPrincipal = event.financedPrincipal().value();
        status = LeaseContractStatus.ACTIVE;
        event.schedule().forEach(i -> instalments.put(i.number(), new InstalmentAccount(i)));
    }

    @EventSourcingHandler
    void on(LeasePaymentRecordedEvent event) {
        event.allocations().forEach(a -> instalments.get(a.instalmentNumber()).allocate(a, 1));
        payments.put(event.paymentId(), new RecordedPayment(event.receivedOn(), event.allocations(), null));
    }

    @EventSourcingHandler
    void on(LeasePaymentReversedEvent event) {
        event.allocations().forEach(a -> instalments.get(a.instalmentNumber()).allocate(a, -1));
        event.arrearsReinstated().forEach(e -> instalments.get(e.instalmentNumber()).reinstateArrears(e.amount().value()));
        RecordedPayment payment = payments.get(event.paymentId());
        payments.put(event.paymentId(), new RecordedPayment(payment.receivedOn(), payment.allocations(),
                event.reversedOn()));
    }

    @EventSourcingHandler
    void on(LeaseContractCompletedEvent event) {
        status = LeaseContractStatus.COMPLETED;
        endedOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(LeaseContractReopenedEvent event) {
        status = LeaseContractStatus.ACTIVE;
        endedOn = null;
    }

    @EventSourcingHandler
    void on(LeaseArrearsArisenEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).markInArrears(e.amount().value()));
    }

    @EventSourcingHandler
    void on(LeaseArrearsLiftRequestedEvent event) {
        arrearsLifts.file(event.requestId(), event.entries(), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseArrearsLiftedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).liftArrears());
        arrearsLifts.decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseArrearsLiftRejectedEvent event) {
        arrearsLifts.decide(event.requestId(), "rejected", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseDeferralRequestedEvent event) {
        // requests stored before the event named the instalments they replace: work them out as then
        Set<Integer> replaced = event.replacedInstalments() != null ? Set.copyOf(event.replacedInstalments())
                : replaceable().stream().map(InstalmentAccount::number).collect(Collectors.toSet());
        deferrals.file(event.requestId(), new Deferral(event.revisedInstalments(), replaced), event.requestedBy(),
                event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseDeferralApprovedEvent event) {
        (event.replacedInstalments() != null ? event.replacedInstalments()
                : deferrals.get(event.requestId()).details().replaced())
                .forEach(instalments::remove);
        event.revisedInstalments().forEach(i -> instalments.put(i.number(), new InstalmentAccount(i)));
        deferrals.decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseDeferralRejectedEvent event) {
        deferrals.decide(event.requestId(), "rejected", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffRequestedEvent event) {
        writeOffs.file(event.requestId(), event.entries(), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffApprovedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).writeOff(event.requestId()));
        writeOffs.decide(event.requestId(), "approved", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffRejectedEvent event) {
        writeOffs.decide(event.requestId(), "rejected", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseRequestClosedEvent event) {
        LeaseRequests<?> requests = switch (event.kind()) {
            case DEFERRAL -> deferrals;
            case WRITE_OFF -> writeOffs;
            case INTEREST_SUBSIDY -> subsidyRequests;
            case ARREARS_LIFT -> arrearsLifts;
        };
        requests.decide(event.requestId(), "closed", event.closedOn());
    }

    @EventSourcingHandler
    void on(LeaseWriteOffReversedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).reverseWriteOff(event.requestId()));
        writeOffs.reverse(event.requestId());
    }

    @EventSourcingHandler
    void on(InterestSubsidyRequestedEvent event) {
        subsidyRequests.file(event.requestId(), new Subsidy(event.fiscalYear(), event.salesDeclineBasisPoints(),
                event.evidence(), event.subsidies()), event.requestedBy(), event.requestedOn());
    }

    @EventSourcingHandler
    void on(InterestSubsidyGrantedEvent event) {
        event.subsidies().forEach(s -> instalments.get(s.instalmentNumber()).subsidise(s));
        subsidisedYears.put(event.fiscalYear(), event.grantedOn());
        if (event.requestId() != null) {
            subsidyRequests.decide(event.requestId(), "approved", event.grantedOn());
        }
    }

    @EventSourcingHandler
    void on(InterestSubsidyRejectedEvent event) {
        subsidyRequests.decide(event.requestId(), "rejected", event.decidedOn());
    }

    @EventSourcingHandler
    void on(LeaseContractSettledEarlyEvent event) {
        event.allocations().forEach(a -> instalments.get(a.instalmentNumber()).allocate(a, 1));
        if (event.waived() != null) {
            event.waived().forEach(w -> instalments.get(w.instalmentNumber()).waiveInterest(w.amount().value()));
        } else {
            // settled before the event listed what it waived: the unpaid interest of what was not yet due
            instalments.values().stream().filter(a -> notYetDue(a, event.settledOn()))
                    .forEach(a -> a.waiveInterest(a.unpaidInterest()));
        }
        status = LeaseContractStatus.SETTLED_EARLY;
        endedOn = event.settledOn();
    }

    private record RecordedPayment(LocalDate receivedOn, List<PaymentAllocation> allocations, LocalDate reversedOn) {
    }

    /** What a deferral request asks: the revised instalments, and the numbers of those they replace as they were. */
    private record Deferral(List<Instalment> revised, Set<Integer> replaced) {
    }

    /** What an interest-subsidy request asks: the year, the declared fall in sales, and the interest to pay. */
    private record Subsidy(int fiscalYear, int salesDeclineBasisPoints, String evidence,
                           List<SubsidisedInterest> subsidies) {
    }
}
