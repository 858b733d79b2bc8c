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
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.BringForwardLeaseContractCommand;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractReopenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractTerms;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.api.lease.WaivedInterest;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CompanyRegistry.CompanyProfile;

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
 *
 * <p>The maker-checker requests are entities of their own ({@link LeaseRequests}: arrears lifts, deferrals,
 * write-offs, interest subsidies). What stays here is what moves money on the instalments themselves (opening,
 * payments and their reversal, the arrears run, early settlement) and the one allocation rule they share, which is
 * why the class is longer than most: splitting it would spread that rule over several classes.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "leaseContractSnapshots")
@Revision("1")
@JsonSerialize(converter = LeaseContractSnapshot.Writer.class)
@JsonDeserialize(converter = LeaseContractSnapshot.Reader.class)
class LeaseContract {

    static final int MAX_TERM_MONTHS = 240;
    static final int MAX_RATE_BASIS_POINTS = 2000;
    static final int MAX_EQUIPMENT_LENGTH = 200;

    static final Comparator<InstalmentAccount> OLDEST_DUE_FIRST =
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
    // the maker-checker requests, each kind an entity handling its own commands
    @AggregateMember
    private final ArrearsLiftRequests arrearsLifts = new ArrearsLiftRequests(this);
    @AggregateMember
    private final DeferralRequests deferrals = new DeferralRequests(this);
    @AggregateMember
    private final WriteOffRequests writeOffs = new WriteOffRequests(this);
    @AggregateMember
    private final InterestSubsidyRequests subsidyRequests = new InterestSubsidyRequests(this);
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
        LeaseTerms terms = LeaseTerms.of(command);
        CompanyProfile company = terms.refuseInvalid(companies);
        apply(new LeaseContractOpenedEvent(command.contractId(), command.companyId(), company.industry(),
                company.sizeClass(), command.kind(), command.equipment(), command.amount(), command.downPayment(),
                terms.financed(), command.termMonths(), command.frequency(), command.annualRateBasisPoints(),
                command.interestFreeMonths(), command.contractDate(), terms.schedule()));
    }

    /**
     * Brings a contract in force forward from the earlier books: the same terms and schedule as an opening, with
     * the instalments due before the cut-over paid, written off or in arrears as {@link CutOverPosition} finds
     * them. From then on it is a contract like any other.
     */
    @CommandHandler
    LeaseContract(BringForwardLeaseContractCommand command, CompanyRegistry companies) {
        LeaseTerms terms = LeaseTerms.of(command);
        CompanyProfile company = terms.refuseInvalid(companies);
        List<Instalment> schedule = terms.schedule();
        apply(new LeaseContractBroughtForwardEvent(command.contractId(), command.companyId(), company.industry(),
                company.sizeClass(), command.kind(), command.equipment(), command.amount(), command.downPayment(),
                terms.financed(), command.termMonths(), command.frequency(), command.annualRateBasisPoints(),
                command.interestFreeMonths(), command.contractDate(), schedule, command.cutOver(),
                CutOverPosition.of(command, schedule)));
    }

    // payments

    /**
     * Applies the payment to what is on the books, oldest due first and interest before principal, then to
     * written-off amounts oldest first (money recovered after a write-off). A payment that leaves nothing
     * owed completes the contract.
     */
    @CommandHandler
    CommandResult handle(RecordLeasePaymentCommand command) {
        refuseUnlessActive("recordPayment");
        refuseIf(isBlank(command.paymentId()), "paymentId", "lease.paymentId.blank");
        refuseIf(payments.containsKey(command.paymentId()), "paymentId", "lease.paymentId.exists",
                command.paymentId());
        refuseIf(command.receivedOn() == null, "receivedOn", "lease.receivedOn.required");
        refuseIf(command.receivedOn().isBefore(contractDate), "receivedOn", "lease.receivedOn.beforeContract",
                contractDate);
        refuseIf(command.amount() == null || !command.amount().isPositive(), "amount", "lease.amount.paymentNotPositive");
        long owed = owed();
        refuseIf(command.amount().value() > owed, "amount", "lease.amount.moreThanOwed", yen(command.amount()),
                yen(owed));
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
        refuseIfMissing(payment, "paymentId", "lease.paymentId.missing", command.paymentId());
        refuseIf(payment.reversedOn() != null, "paymentId", "lease.paymentId.alreadyReversed", command.paymentId(),
                payment.reversedOn());
        refuseIf(command.reversedOn() == null, "reversedOn", "lease.reversedOn.required");
        refuseIf(command.reversedOn().isBefore(payment.receivedOn()), "reversedOn",
                "lease.reversedOn.beforeReceived", payment.receivedOn());
        refuseIf(isBlank(command.reason()), "reason", "lease.writeOff.reversalReasonBlank");
        if (status != LeaseContractStatus.ACTIVE) {
            // the bounced money is owed again, so the contract it had ended is not over
            refuseIf(command.reversedOn().isBefore(endedOn), "reversedOn", "lease.reversedOn.beforeContractEnded",
                    endedOn);
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
        refuseIf(command.businessDate() == null, "businessDate", "lease.businessDate.required");
        refuseIf(command.graceDays() < 0, "graceDays", "lease.graceDays.negative");
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

    // early settlement

    /**
     * Settles the contract: the firm pays everything on the books that is due by {@code settledOn} or in
     * arrears, the principal of the instalments not yet due, and what was written off and not recovered;
     * the interest of the instalments not yet due is waived.
     */
    @CommandHandler
    CommandResult handle(SettleLeaseContractEarlyCommand command) {
        refuseUnlessActive("settleEarly");
        refuseIf(command.settledOn() == null, "settledOn", "lease.settledOn.required");
        refuseIf(command.settledOn().isBefore(contractDate), "settledOn", "lease.settledOn.beforeContract",
                contractDate);
        refuseIf(command.amount() == null, "amount", "lease.settlement.amountRequired");
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
        refuseIf(owed == 0, null, "lease.settlement.nothingOwed");
        refuseIf(command.amount().value() != owed, "amount", "lease.settlement.amountNotExact", command.settledOn(),
                yen(owed), yen(dueAndUnpaid), yen(principalNotYetDue), yen(writtenOff), yen(command.amount()));
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

    void complete(LocalDate on) {
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

    void refuseUnlessActive(String action) {
        refuseIf(status == LeaseContractStatus.COMPLETED, null, "lease.completed." + action, endedOn);
        refuseIf(status == LeaseContractStatus.SETTLED_EARLY, null, "lease.settledEarly." + action, endedOn);
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

    LeaseContractId id() {
        return contractId;
    }

    CompanyId companyId() {
        return companyId;
    }

    SizeClass sizeClass() {
        return sizeClass;
    }

    LocalDate contractDate() {
        return contractDate;
    }

    /** The instalments as they stand, by number. */
    Stream<InstalmentAccount> accounts() {
        return instalments.values().stream();
    }

    InstalmentAccount account(int number) {
        return instalments.get(number);
    }

    /** When the interest subsidy for the fiscal year was granted; {@code null} if it was not. */
    LocalDate subsidyGrantedOn(int fiscalYear) {
        return subsidisedYears.get(fiscalYear);
    }

    LeaseContractStatus status() {
        return status;
    }

    long financedPrincipal() {
        return financedPrincipal;
    }

    /** The version is the sequence number of the event just applied. */
    CommandResult result() {
        return new CommandResult(contractId.value(), AggregateLifecycle.getVersion());
    }

    static String yen(Yen amount) {
        return yen(amount.value());
    }

    static String yen(long amount) {
        return "¥%,d".formatted(amount);
    }

    static String percent(int basisPoints) {
        int magnitude = Math.abs(basisPoints);
        return "%s%d.%02d %%".formatted(basisPoints < 0 ? "−" : "", magnitude / 100, magnitude % 100);
    }

    static String numbers(Collection<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // snapshots

    LeaseContractSnapshot snapshot() {
        return new LeaseContractSnapshot(contractId, companyId, sizeClass, contractDate, financedPrincipal, status,
                endedOn, instalments.values().stream().map(InstalmentAccount::state).toList(), Map.copyOf(payments),
                arrearsLifts.state(), deferrals.state(), writeOffs.state(), subsidyRequests.state(),
                Map.copyOf(subsidisedYears));
    }

    static LeaseContract restore(LeaseContractSnapshot snapshot) {
        LeaseContract contract = new LeaseContract();
        contract.contractId = snapshot.contractId();
        contract.companyId = snapshot.companyId();
        contract.sizeClass = snapshot.sizeClass();
        contract.contractDate = snapshot.contractDate();
        contract.financedPrincipal = snapshot.financedPrincipal();
        contract.status = snapshot.status();
        contract.endedOn = snapshot.endedOn();
        snapshot.instalments().forEach(state -> contract.instalments.put(state.scheduled().number(),
                new InstalmentAccount(state)));
        contract.payments.putAll(snapshot.payments());
        contract.arrearsLifts.restore(snapshot.arrearsLifts());
        contract.deferrals.restore(snapshot.deferrals());
        contract.writeOffs.restore(snapshot.writeOffs());
        contract.subsidyRequests.restore(snapshot.subsidyRequests());
        contract.subsidisedYears.putAll(snapshot.subsidisedYears());
        return contract;
    }

    // event-sourcing handlers: state only

    @EventSourcingHandler
    void on(LeaseContractOpenedEvent event) {
        begin(event);
    }

    @EventSourcingHandler
    void on(LeaseContractBroughtForwardEvent event) {
        begin(event);
        event.dueBeforeCutOver().forEach(position -> instalments.get(position.instalmentNumber()).bringForward(position));
    }

    private void begin(LeaseContractTerms event) {
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
    void on(LeaseArrearsLiftedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).liftArrears());
    }

    @EventSourcingHandler
    void on(LeaseDeferralApprovedEvent event) {
        (event.replacedInstalments() != null ? event.replacedInstalments()
                : deferrals.get(event.requestId()).details().replaced())
                .forEach(instalments::remove);
        event.revisedInstalments().forEach(i -> instalments.put(i.number(), new InstalmentAccount(i)));
    }

    @EventSourcingHandler
    void on(LeaseWriteOffApprovedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).writeOff(event.requestId()));
    }

    @EventSourcingHandler
    void on(LeaseWriteOffReversedEvent event) {
        event.entries().forEach(e -> instalments.get(e.instalmentNumber()).reverseWriteOff(event.requestId()));
    }

    @EventSourcingHandler
    void on(InterestSubsidyGrantedEvent event) {
        event.subsidies().forEach(s -> instalments.get(s.instalmentNumber()).subsidise(s));
        subsidisedYears.put(event.fiscalYear(), event.grantedOn());
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

    record RecordedPayment(LocalDate receivedOn, List<PaymentAllocation> allocations, LocalDate reversedOn) {
    }
}
