package org.smesupport.casework.command.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.CutOverInstalment;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.SubsidisedInterest;

/**
 * What has become of one instalment of a {@link LeaseContract}: part of the aggregate's state, changed
 * only by its event-sourcing handlers. Interest and principal are kept apart, because payments go to
 * interest before principal and an early settlement waives only interest.
 *
 * <pre>
 * on-books unpaid interest  = interest − subsidised − paid − written off (net) − waived
 * on-books unpaid principal = principal − paid − written off (net)
 * written off, still owed   = written off (net) − recovered after the write-off
 * </pre>
 * "Written off (net)" is what approved write-offs took off the books less what reversed write-offs put
 * back. Each write-off is kept as a lot, so that reversing one returns exactly what of <em>that</em>
 * write-off has not been recovered since: recoveries fill the lots oldest first, and reversed recoveries
 * empty them newest first.
 */
final class InstalmentAccount {

    /** The write-off lot of what the earlier books had written off before the cut-over. */
    static final String BROUGHT_FORWARD = "brought-forward";

    private final int number;
    private final LocalDate dueDate;
    private final long principal;
    private final long interest;
    private long subsidised;
    private long paidInterest;
    private long paidPrincipal;
    private long writtenOffInterest;
    private long writtenOffPrincipal;
    private long recoveredInterest;
    private long recoveredPrincipal;
    private long waivedInterest;
    private boolean inArrears;
    /** Arrears arising booked for this instalment (close of business, reinstatements), and recoveries since. */
    private long arrearsArisen;
    private long arrearsRecovered;
    private final Map<String, Lot> writeOffLots = new LinkedHashMap<>();

    InstalmentAccount(Instalment instalment) {
        this.number = instalment.number();
        this.dueDate = instalment.dueDate();
        this.principal = instalment.principal().value();
        this.interest = instalment.interest().value();
    }

    /** An instalment as a snapshot of its contract had it ({@link LeaseContractSnapshot}). */
    InstalmentAccount(State state) {
        this(state.scheduled());
        subsidised = state.subsidised();
        paidInterest = state.paidInterest();
        paidPrincipal = state.paidPrincipal();
        writtenOffInterest = state.writtenOffInterest();
        writtenOffPrincipal = state.writtenOffPrincipal();
        recoveredInterest = state.recoveredInterest();
        recoveredPrincipal = state.recoveredPrincipal();
        waivedInterest = state.waivedInterest();
        inArrears = state.inArrears();
        arrearsArisen = state.arrearsArisen();
        arrearsRecovered = state.arrearsRecovered();
        state.writeOffLots().forEach((requestId, lot) -> writeOffLots.put(requestId, new Lot(lot)));
    }

    State state() {
        Map<String, LotState> lots = new LinkedHashMap<>();
        writeOffLots.forEach((requestId, lot) -> lots.put(requestId, lot.state()));
        return new State(scheduled(), subsidised, paidInterest, paidPrincipal, writtenOffInterest,
                writtenOffPrincipal, recoveredInterest, recoveredPrincipal, waivedInterest, inArrears, arrearsArisen,
                arrearsRecovered, lots);
    }

    int number() {
        return number;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Instalment scheduled() {
        return new Instalment(number, dueDate, Yen.of(principal), Yen.of(interest));
    }

    long principal() {
        return principal;
    }

    long interest() {
        return interest;
    }

    long subsidised() {
        return subsidised;
    }

    long paid() {
        return paidInterest + paidPrincipal;
    }

    long writtenOff() {
        return writtenOffInterest + writtenOffPrincipal;
    }

    long recovered() {
        return recoveredInterest + recoveredPrincipal;
    }

    long waived() {
        return waivedInterest;
    }

    boolean inArrears() {
        return inArrears;
    }

    long arrearsArisen() {
        return arrearsArisen;
    }

    long arrearsRecovered() {
        return arrearsRecovered;
    }

    /** Some write-off ever took part of it off the books (even if reversed since). */
    boolean everWrittenOff() {
        return !writeOffLots.isEmpty();
    }

    long unpaidInterest() {
        return interest - subsidised - paidInterest - writtenOffInterest - waivedInterest;
    }

    long unpaidPrincipal() {
        return principal - paidPrincipal - writtenOffPrincipal;
    }

    /** What the firm still owes on this instalment and the centre still carries on its books. */
    long unpaid() {
        return unpaidInterest() + unpaidPrincipal();
    }

    long writtenOffOutstandingInterest() {
        return writtenOffInterest - recoveredInterest;
    }

    long writtenOffOutstandingPrincipal() {
        return writtenOffPrincipal - recoveredPrincipal;
    }

    /** Written off and not recovered since: still owed by the firm, but off the books. */
    long writtenOffOutstanding() {
        return writtenOffOutstandingInterest() + writtenOffOutstandingPrincipal();
    }

    /**
     * Untouched since it was scheduled: nothing paid or recovered, never in arrears, never written off,
     * nothing subsidised. Only such instalments may be replaced by a deferral.
     */
    boolean untouched() {
        return paid() == 0 && recovered() == 0 && !inArrears && writeOffLots.isEmpty() && subsidised == 0
                && waivedInterest == 0;
    }

    /** Every amount this account holds, none of which may ever be negative. */
    List<Long> balances() {
        List<Long> balances = new ArrayList<>(List.of(principal, interest, subsidised, paidInterest, paidPrincipal,
                writtenOffInterest, writtenOffPrincipal, recoveredInterest, recoveredPrincipal, waivedInterest,
                unpaidInterest(), unpaidPrincipal(), writtenOffOutstandingInterest(), writtenOffOutstandingPrincipal(),
                arrearsArisen, arrearsRecovered));
        writeOffLots.values().forEach(lot -> balances.addAll(List.of(lot.interest, lot.principal,
                lot.recoveredInterest, lot.recoveredPrincipal, lot.interest - lot.recoveredInterest,
                lot.principal - lot.recoveredPrincipal)));
        return balances;
    }

    // changes, called only from the aggregate's event-sourcing handlers

    /**
     * Where the instalment stood at the cut-over, as the earlier books give it. Arrears and what was written off
     * are booked as arrears that arose (a lift takes back what a close of business would have booked); the
     * write-off is a lot of its own, {@link #BROUGHT_FORWARD}, so a later payment recovers it as any write-off.
     */
    void bringForward(CutOverInstalment position) {
        paidInterest = position.paidInterest().value();
        paidPrincipal = position.paidPrincipal().value();
        long arrears = position.arrears().value();
        long writtenOff = position.writtenOff().value();
        if (writtenOff > 0) {
            writtenOffInterest = position.writtenOffInterest().value();
            writtenOffPrincipal = position.writtenOffPrincipal().value();
            Lot lot = new Lot();
            lot.interest = writtenOffInterest;
            lot.principal = writtenOffPrincipal;
            writeOffLots.put(BROUGHT_FORWARD, lot);
        }
        inArrears = arrears + writtenOff > 0;
        arrearsArisen = arrears + writtenOff;
    }

    /** The close of business found {@code amount} unpaid past its due date. */
    void markInArrears(long amount) {
        inArrears = true;
        arrearsArisen += amount;
    }

    /** A reversed payment put {@code amount} it had paid back into arrears. */
    void reinstateArrears(long amount) {
        arrearsArisen += amount;
    }

    /** The arrears were raised in error: the instalment is as if it had never fallen into arrears. */
    void liftArrears() {
        inArrears = false;
        arrearsArisen = 0;
        arrearsRecovered = 0;
    }

    void subsidise(SubsidisedInterest subsidy) {
        subsidised += subsidy.amount().value();
        if (subsidy.inArrears()) {
            arrearsRecovered += subsidy.amount().value();
        }
    }

    void waiveInterest(long amount) {
        waivedInterest += amount;
    }

    /** Applies ({@code sign} 1) or takes back ({@code sign} −1) one allocation of a payment. */
    void allocate(PaymentAllocation allocation, int sign) {
        long interestPart = sign * allocation.interest().value();
        long principalPart = sign * allocation.principal().value();
        // a reversal does not un-recover: what it takes back is owed in arrears again (reinstateArrears)
        if (sign > 0 && allocation.inArrears() && !allocation.writtenOff()) {
            arrearsRecovered += allocation.total().value();
        }
        if (!allocation.writtenOff()) {
            paidInterest += interestPart;
            paidPrincipal += principalPart;
            return;
        }
        recoveredInterest += interestPart;
        recoveredPrincipal += principalPart;
        if (sign > 0) {
            fillLots(allocation.interest().value(), true);
            fillLots(allocation.principal().value(), false);
        } else {
            emptyLots(allocation.interest().value(), true);
            emptyLots(allocation.principal().value(), false);
        }
    }

    /** Takes everything unpaid off the books under write-off {@code requestId}. */
    void writeOff(String requestId) {
        long interestPart = unpaidInterest();
        long principalPart = unpaidPrincipal();
        writtenOffInterest += interestPart;
        writtenOffPrincipal += principalPart;
        Lot lot = writeOffLots.computeIfAbsent(requestId, id -> new Lot());
        lot.interest += interestPart;
        lot.principal += principalPart;
    }

    /** What of write-off {@code requestId} has not been recovered: what its reversal puts back on the books. */
    long notRecoveredOf(String requestId) {
        Lot lot = writeOffLots.get(requestId);
        return lot == null ? 0 : lot.interest - lot.recoveredInterest + lot.principal - lot.recoveredPrincipal;
    }

    /** The principal part of {@link #notRecoveredOf}. */
    long notRecoveredPrincipalOf(String requestId) {
        Lot lot = writeOffLots.get(requestId);
        return lot == null ? 0 : lot.principal - lot.recoveredPrincipal;
    }

    /** Puts back on the books what of write-off {@code requestId} has not been recovered. */
    void reverseWriteOff(String requestId) {
        Lot lot = writeOffLots.get(requestId);
        if (lot == null) {
            return;
        }
        writtenOffInterest -= lot.interest - lot.recoveredInterest;
        writtenOffPrincipal -= lot.principal - lot.recoveredPrincipal;
        lot.interest = lot.recoveredInterest;
        lot.principal = lot.recoveredPrincipal;
    }

    private void fillLots(long amount, boolean interestPart) {
        long left = amount;
        for (Lot lot : writeOffLots.values()) {
            if (left == 0) {
                return;
            }
            long room = interestPart ? lot.interest - lot.recoveredInterest : lot.principal - lot.recoveredPrincipal;
            long taken = Math.min(room, left);
            if (interestPart) {
                lot.recoveredInterest += taken;
            } else {
                lot.recoveredPrincipal += taken;
            }
            left -= taken;
        }
    }

    private void emptyLots(long amount, boolean interestPart) {
        long left = amount;
        List<Lot> newestFirst = new ArrayList<>(writeOffLots.values());
        for (int i = newestFirst.size() - 1; i >= 0 && left > 0; i--) {
            Lot lot = newestFirst.get(i);
            long held = interestPart ? lot.recoveredInterest : lot.recoveredPrincipal;
            long taken = Math.min(held, left);
            if (interestPart) {
                lot.recoveredInterest -= taken;
            } else {
                lot.recoveredPrincipal -= taken;
            }
            left -= taken;
        }
    }

    /** By value: Axon's test fixture compares the state a command leaves with the state its events rebuild. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InstalmentAccount that && number == that.number && dueDate.equals(that.dueDate)
                && principal == that.principal && interest == that.interest && subsidised == that.subsidised
                && paidInterest == that.paidInterest && paidPrincipal == that.paidPrincipal
                && writtenOffInterest == that.writtenOffInterest && writtenOffPrincipal == that.writtenOffPrincipal
                && recoveredInterest == that.recoveredInterest && recoveredPrincipal == that.recoveredPrincipal
                && waivedInterest == that.waivedInterest && inArrears == that.inArrears
                && arrearsArisen == that.arrearsArisen && arrearsRecovered == that.arrearsRecovered
                && writeOffLots.equals(that.writeOffLots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, dueDate, principal, interest, paidInterest, paidPrincipal, writtenOffInterest,
                writtenOffPrincipal, recoveredInterest, recoveredPrincipal, subsidised, waivedInterest, inArrears,
                arrearsArisen, arrearsRecovered);
    }

    @Override
    public String toString() {
        return "Instalment " + number + " due " + dueDate + ": unpaid " + unpaid() + ", written off and owed "
                + writtenOffOutstanding() + (inArrears ? ", in arrears" : "");
    }

    /** One write-off's share of this instalment: what it took off the books, and what was recovered of it. */
    private static final class Lot {
        private long interest;
        private long principal;
        private long recoveredInterest;
        private long recoveredPrincipal;

        Lot() {
        }

        Lot(LotState state) {
            interest = state.interest();
            principal = state.principal();
            recoveredInterest = state.recoveredInterest();
            recoveredPrincipal = state.recoveredPrincipal();
        }

        LotState state() {
            return new LotState(interest, principal, recoveredInterest, recoveredPrincipal);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Lot that && interest == that.interest && principal == that.principal
                    && recoveredInterest == that.recoveredInterest && recoveredPrincipal == that.recoveredPrincipal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(interest, principal, recoveredInterest, recoveredPrincipal);
        }
    }

    /** Every field of the account; {@code writeOffLots} in the order they were written off (recoveries fill them so). */
    record State(Instalment scheduled, long subsidised, long paidInterest, long paidPrincipal, long writtenOffInterest,
                 long writtenOffPrincipal, long recoveredInterest, long recoveredPrincipal, long waivedInterest,
                 boolean inArrears, long arrearsArisen, long arrearsRecovered, Map<String, LotState> writeOffLots) {
    }

    record LotState(long interest, long principal, long recoveredInterest, long recoveredPrincipal) {
    }
}
