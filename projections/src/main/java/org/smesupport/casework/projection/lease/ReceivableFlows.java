package org.smesupport.casework.projection.lease;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.SubsidisedInterest;

/**
 * What one event adds to the receivables roll-forward (債権管理), in yen, in the fiscal year of the event's
 * business date: arrears arising (延滞発生), recovered (延滞回収), written off (償却, net of reversals), and,
 * outside the roll-forward, money recovered after a write-off; and the arrears a contract brought forward from
 * the earlier books had at the cut-over, which open the cut-over year. Both the contract's own roll-forward
 * ({@link LeaseContractProjection}) and the fiscal-year totals ({@link LeaseStatisticsProjection}) take
 * their figures from here, so the totals are the sum over contracts by construction.
 * <p>
 * A reversed payment does not un-recover what it recovered: the arrears it had paid come back as arrears
 * arising on the reversal date ({@code arrearsReinstated}), so a year already reported keeps its figures.
 */
public record ReceivableFlows(FiscalYear fiscalYear, long arising, long recovered, long writtenOff,
                       long recoveredAfterWriteOff, long broughtForward) {

    public static final String ARISING = "arising";
    public static final String RECOVERED = "recovered";
    public static final String WRITTEN_OFF = "writtenOff";
    public static final String RECOVERED_AFTER_WRITE_OFF = "recoveredAfterWriteOff";
    /**
     * Arrears brought forward from the earlier books at the cut-over: part of the cut-over year's opening balance,
     * not arrears arising in it (they arose before the product). Absent from documents written before it existed.
     */
    public static final String BROUGHT_FORWARD = "broughtForward";

    ReceivableFlows(FiscalYear fiscalYear, long arising, long recovered, long writtenOff, long recoveredAfterWriteOff) {
        this(fiscalYear, arising, recovered, writtenOff, recoveredAfterWriteOff, 0);
    }

    /** What was written off before the cut-over stays off the books and out of every year's write-offs. */
    static ReceivableFlows of(LeaseContractBroughtForwardEvent event) {
        return new ReceivableFlows(FiscalYear.containing(event.cutOver()), 0, 0, 0, 0, event.arrears().value());
    }

    static ReceivableFlows of(LeaseArrearsArisenEvent event) {
        return new ReceivableFlows(FiscalYear.containing(event.businessDate()), sum(event.entries()), 0, 0, 0);
    }

    static ReceivableFlows of(LeasePaymentRecordedEvent event) {
        return ofAllocations(FiscalYear.containing(event.receivedOn()), event.allocations());
    }

    static ReceivableFlows of(LeaseContractSettledEarlyEvent event) {
        return ofAllocations(FiscalYear.containing(event.settledOn()), event.allocations());
    }

    /** Recoveries after a write-off that the payment made are taken back; what it recovered of arrears is not. */
    static ReceivableFlows of(LeasePaymentReversedEvent event) {
        long afterWriteOff = event.allocations().stream()
                .filter(PaymentAllocation::writtenOff)
                .mapToLong(allocation -> allocation.total().value())
                .sum();
        return new ReceivableFlows(FiscalYear.containing(event.reversedOn()), sum(event.arrearsReinstated()), 0, 0,
                -afterWriteOff);
    }

    /** Subsidised interest of an instalment in arrears recovers that part of the arrears. */
    static ReceivableFlows of(InterestSubsidyGrantedEvent event) {
        long recovered = event.subsidies().stream()
                .filter(SubsidisedInterest::inArrears)
                .mapToLong(subsidy -> subsidy.amount().value())
                .sum();
        return new ReceivableFlows(FiscalYear.containing(event.grantedOn()), 0, recovered, 0, 0);
    }

    static ReceivableFlows of(LeaseWriteOffApprovedEvent event) {
        return new ReceivableFlows(FiscalYear.containing(event.decidedOn()), 0, 0, sum(event.entries()), 0);
    }

    /** A reversal is a negative write-off in the year it is reversed, leaving earlier years as reported. */
    static ReceivableFlows of(LeaseWriteOffReversedEvent event) {
        return new ReceivableFlows(FiscalYear.containing(event.reversedOn()), 0, 0, -sum(event.entries()), 0);
    }

    /**
     * Arrears raised in error: what was booked for the lifted instalments is taken back in the year of the
     * approval, arising and recoveries alike, so the closing balance falls by what they still owed and earlier
     * years keep their published figures.
     */
    static ReceivableFlows of(LeaseArrearsLiftedEvent event) {
        long arisen = event.entries().stream().mapToLong(entry -> entry.arisen().value()).sum();
        long recovered = event.entries().stream().mapToLong(entry -> entry.recovered().value()).sum();
        return new ReceivableFlows(FiscalYear.containing(event.decidedOn()), -arisen, -recovered, 0, 0);
    }

    /** The four flows at zero, for a year or contract that has none yet ({@link #BROUGHT_FORWARD} only where some is). */
    public static Document zeroed() {
        return new Document(ARISING, 0L).append(RECOVERED, 0L).append(WRITTEN_OFF, 0L)
                .append(RECOVERED_AFTER_WRITE_OFF, 0L);
    }

    boolean isZero() {
        return arising == 0 && recovered == 0 && writtenOff == 0 && recoveredAfterWriteOff == 0 && broughtForward == 0;
    }

    /** Adds these flows to a document of the flows ({@link #zeroed()}). */
    void addTo(Document flows) {
        add(flows, ARISING, arising);
        add(flows, RECOVERED, recovered);
        add(flows, WRITTEN_OFF, writtenOff);
        add(flows, RECOVERED_AFTER_WRITE_OFF, recoveredAfterWriteOff);
        if (broughtForward != 0) {
            add(flows, BROUGHT_FORWARD, broughtForward);
        }
    }

    private static ReceivableFlows ofAllocations(FiscalYear fiscalYear, List<PaymentAllocation> allocations) {
        long recovered = 0;
        long afterWriteOff = 0;
        for (PaymentAllocation allocation : allocations) {
            if (allocation.writtenOff()) {
                afterWriteOff += allocation.total().value();
            } else if (allocation.inArrears()) {
                recovered += allocation.total().value();
            }
        }
        return new ReceivableFlows(fiscalYear, 0, recovered, 0, afterWriteOff);
    }

    private static long sum(List<ArrearsEntry> entries) {
        return entries.stream().mapToLong(entry -> entry.amount().value()).sum();
    }

    private static void add(Document flows, String field, long yen) {
        flows.put(field, flows.get(field, 0L) + yen);
    }
}
