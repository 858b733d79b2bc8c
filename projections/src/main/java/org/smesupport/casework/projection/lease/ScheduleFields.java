package org.smesupport.casework.projection.lease;

import org.bson.Document;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.CutOverInstalment;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.projection.ReadModelDates;

/**
 * The shape of one instalment in a contract's {@code schedule}, amounts in yen, and what follows from it.
 * What paid an instalment is kept by source, because the receivables roll-forward and the auditors tell
 * them apart: the firm ({@code paidInterest}, {@code paidPrincipal}), the interest subsidy, a write-off
 * (net of reversals), money recovered after the write-off, interest waived at an early settlement.
 */
public final class ScheduleFields {

    public static final String NUMBER = "number";
    public static final String DUE_DATE = "dueDate";
    public static final String PRINCIPAL = "principal";
    public static final String INTEREST = "interest";
    public static final String SUBSIDISED_INTEREST = "subsidisedInterest";
    static final String PAID_INTEREST = "paidInterest";
    static final String PAID_PRINCIPAL = "paidPrincipal";
    public static final String WRITTEN_OFF = "writtenOff";
    /** The principal part of {@link #WRITTEN_OFF}; absent on documents built before it was kept. */
    static final String WRITTEN_OFF_PRINCIPAL = "writtenOffPrincipal";
    public static final String RECOVERED_AFTER_WRITE_OFF = "recoveredAfterWriteOff";
    public static final String WAIVED = "waived";
    public static final String IN_ARREARS = "inArrears";

    private ScheduleFields() {
    }

    static Document of(Instalment instalment) {
        return new Document(NUMBER, instalment.number())
                .append(DUE_DATE, ReadModelDates.format(instalment.dueDate()))
                .append(PRINCIPAL, instalment.principal().value())
                .append(INTEREST, instalment.interest().value())
                .append(SUBSIDISED_INTEREST, 0L)
                .append(PAID_INTEREST, 0L)
                .append(PAID_PRINCIPAL, 0L)
                .append(WRITTEN_OFF, 0L)
                .append(WRITTEN_OFF_PRINCIPAL, 0L)
                .append(RECOVERED_AFTER_WRITE_OFF, 0L)
                .append(WAIVED, 0L)
                .append(IN_ARREARS, false);
    }

    /** Where the instalment stood at the cut-over of a contract brought forward from the earlier books. */
    static void bringForward(Document instalment, CutOverInstalment position) {
        instalment.append(PAID_INTEREST, position.paidInterest().value())
                .append(PAID_PRINCIPAL, position.paidPrincipal().value())
                .append(WRITTEN_OFF, position.writtenOff().value())
                .append(WRITTEN_OFF_PRINCIPAL, position.writtenOffPrincipal().value())
                .append(IN_ARREARS, position.arrears().isPositive() || position.writtenOff().isPositive());
    }

    static void add(Document instalment, String field, long yen) {
        instalment.put(field, instalment.getLong(field) + yen);
    }

    public static long paid(Document instalment) {
        return instalment.getLong(PAID_INTEREST) + instalment.getLong(PAID_PRINCIPAL);
    }

    /**
     * What is still owed on the books. A written-off amount has left the books: money recovered on it
     * reduces the written-off balance, not this; a write-off reversal brings back only what was not
     * recovered, so this stays right across both.
     */
    public static long unpaid(Document instalment) {
        return instalment.getLong(PRINCIPAL) + instalment.getLong(INTEREST)
                - paid(instalment)
                - instalment.getLong(SUBSIDISED_INTEREST)
                - instalment.getLong(WRITTEN_OFF)
                - instalment.getLong(WAIVED);
    }

    /**
     * The principal part of what is still owed: the principal not paid and not written off. A document built
     * before the written-off principal was kept falls back to the earlier estimate (the smaller of the
     * principal not paid and the unpaid total) until the read model is rebuilt.
     */
    public static long unpaidPrincipal(Document instalment) {
        if (!instalment.containsKey(WRITTEN_OFF_PRINCIPAL)) {
            return Math.min(instalment.getLong(PRINCIPAL) - instalment.getLong(PAID_PRINCIPAL), unpaid(instalment));
        }
        return instalment.getLong(PRINCIPAL) - instalment.getLong(PAID_PRINCIPAL)
                - instalment.getLong(WRITTEN_OFF_PRINCIPAL);
    }

    /**
     * Writes off {@code amount}: a write-off takes the instalment's whole unpaid remainder, so its interest
     * part is the interest still unpaid and the rest is principal.
     */
    static void writeOff(Document instalment, long amount) {
        long unpaidInterest = unpaid(instalment) - unpaidPrincipal(instalment);
        long interestPart = Math.min(amount, Math.max(0, unpaidInterest));
        add(instalment, WRITTEN_OFF, amount);
        instalment.put(WRITTEN_OFF_PRINCIPAL, instalment.get(WRITTEN_OFF_PRINCIPAL, 0L) + amount - interestPart);
    }

    /**
     * Puts a reversal's entry back on the books, its principal part as the reversal recorded it (on reversals
     * stored before that was recorded, principal first, since recoveries go to interest first).
     */
    static void reverseWriteOff(Document instalment, ArrearsEntry entry) {
        long amount = entry.amount().value();
        long writtenOffPrincipal = instalment.get(WRITTEN_OFF_PRINCIPAL, 0L);
        long principalPart = entry.principal() != null ? entry.principal().value()
                : Math.min(amount, writtenOffPrincipal);
        add(instalment, WRITTEN_OFF, -amount);
        instalment.put(WRITTEN_OFF_PRINCIPAL, writtenOffPrincipal - principalPart);
    }

    /** Written off and not recovered since. */
    public static long writtenOffBalance(Document instalment) {
        return instalment.getLong(WRITTEN_OFF) - instalment.getLong(RECOVERED_AFTER_WRITE_OFF);
    }

    /**
     * Nothing paid, recovered, subsidised or waived and never in arrears (so never written off either, since
     * only arrears are): what a deferral may replace.
     */
    static boolean untouched(Document instalment) {
        return !inArrears(instalment)
                && paid(instalment) == 0
                && instalment.getLong(RECOVERED_AFTER_WRITE_OFF) == 0
                && instalment.getLong(SUBSIDISED_INTEREST) == 0
                && instalment.getLong(WAIVED) == 0;
    }

    public static boolean inArrears(Document instalment) {
        return instalment.getBoolean(IN_ARREARS);
    }

    public static String dueDate(Document instalment) {
        return instalment.getString(DUE_DATE);
    }
}
