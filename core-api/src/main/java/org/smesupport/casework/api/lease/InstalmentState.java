package org.smesupport.casework.api.lease;

/**
 * Where an instalment stands on a given date, derived at query time from what the read model holds and
 * that date: nothing of it is stored, because the same instalment is UPCOMING today and OVERDUE next month
 * without any event.
 */
public enum InstalmentState {
    /** Nothing left on the books: paid, paid by a subsidy, settled or waived. */
    PAID,
    /** Nothing left on the books, but some of it was written off and is not recovered yet. */
    WRITTEN_OFF,
    /** Unpaid and moved into arrears by a close-of-business run. */
    IN_ARREARS,
    /** Unpaid after its due date but not (yet) in arrears: within the grace days or before the next run. */
    OVERDUE,
    /** Unpaid and due on the date asked about. */
    DUE,
    /** Falls due after the date asked about. */
    UPCOMING
}
