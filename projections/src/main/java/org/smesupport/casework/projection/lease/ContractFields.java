package org.smesupport.casework.projection.lease;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.projection.ReadModelDates;

/**
 * The shape of a {@code lease_contracts} document beyond its terms: the balances and dates derived from
 * its schedule, kept on the document so that lists, the portfolio and the close-of-business query read
 * them without unpacking schedules. {@link #recalculate} derives them all again after every event.
 */
public final class ContractFields {

    public static final String COMPANY_ID = "companyId";
    public static final String INDUSTRY = "industry";
    public static final String SIZE_CLASS = "sizeClass";
    public static final String KIND = "kind";
    public static final String EQUIPMENT = "equipment";
    public static final String AMOUNT = "amount";
    public static final String DOWN_PAYMENT = "downPayment";
    public static final String FINANCED_PRINCIPAL = "financedPrincipal";
    public static final String TERM_MONTHS = "termMonths";
    public static final String FREQUENCY = "frequency";
    public static final String ANNUAL_RATE_BASIS_POINTS = "annualRateBasisPoints";
    public static final String INTEREST_FREE_MONTHS = "interestFreeMonths";
    public static final String CONTRACT_DATE = "contractDate";
    public static final String STATUS = "status";
    public static final String CLOSED_ON = "closedOn";
    public static final String INTEREST_WAIVED = "interestWaived";
    public static final String SCHEDULE = "schedule";
    public static final String PENDING_REQUESTS = "pendingRequests";
    /** The number of pending requests, so the supervisor's queue filters on one plain field. */
    public static final String PENDING_APPROVALS = "pendingApprovals";
    /** The contract's receivables roll-forward: fiscal year ({@code FY2020}) → {@link ReceivableFlows} fields. */
    public static final String ROLL_FORWARD = "rollForward";

    public static final String OUTSTANDING_PRINCIPAL = "outstandingPrincipal";
    public static final String ARREARS = "arrears";
    public static final String WRITTEN_OFF_BALANCE = "writtenOffBalance";
    /** Due date of the oldest instalment in arrears with something unpaid: the ageing starts there. */
    public static final String OLDEST_ARREARS_DUE_DATE = "oldestArrearsDueDate";
    /**
     * Due date of the oldest unpaid instalment not in arrears, on active contracts only ({@code null}
     * otherwise): the close-of-business query's whole filter is {@code nextUnflaggedDueDate <= date}.
     */
    public static final String NEXT_UNFLAGGED_DUE_DATE = "nextUnflaggedDueDate";

    private ContractFields() {
    }

    public static List<Document> schedule(Document contract) {
        return contract.getList(SCHEDULE, Document.class);
    }

    static Document instalment(Document contract, int number) {
        return schedule(contract).stream()
                .filter(instalment -> instalment.getInteger(ScheduleFields.NUMBER) == number)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("contract " + contract.getString("_id")
                        + " has no instalment " + number));
    }

    /** Derives the balances and dates from the schedule. Dates are ISO strings, which compare in date order. */
    static void recalculate(Document contract) {
        long outstanding = 0;
        long arrears = 0;
        long writtenOff = 0;
        String oldestArrears = null;
        String nextUnflagged = null;
        for (Document instalment : schedule(contract)) {
            long unpaid = ScheduleFields.unpaid(instalment);
            outstanding += ScheduleFields.unpaidPrincipal(instalment);
            writtenOff += ScheduleFields.writtenOffBalance(instalment);
            if (unpaid <= 0) {
                continue;
            }
            String due = ScheduleFields.dueDate(instalment);
            if (ScheduleFields.inArrears(instalment)) {
                arrears += unpaid;
                oldestArrears = earlier(oldestArrears, due);
            } else {
                nextUnflagged = earlier(nextUnflagged, due);
            }
        }
        boolean active = LeaseContractStatus.ACTIVE.name().equals(contract.getString(STATUS));
        contract.append(OUTSTANDING_PRINCIPAL, outstanding)
                .append(ARREARS, arrears)
                .append(WRITTEN_OFF_BALANCE, writtenOff)
                .append(OLDEST_ARREARS_DUE_DATE, oldestArrears)
                .append(NEXT_UNFLAGGED_DUE_DATE, active ? nextUnflagged : null)
                .append(PENDING_APPROVALS, contract.getList(PENDING_REQUESTS, Document.class).size());
    }

    private static String earlier(String current, String candidate) {
        return current == null || ReadModelDates.isBefore(candidate, current) ? candidate : current;
    }
}
