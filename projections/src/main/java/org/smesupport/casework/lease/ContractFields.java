package org.smesupport.casework.lease;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelDates;

/**
 * The shape of a {@code lease_contracts} document beyond its terms: the balances and dates derived from
 * its schedule, kept on the document so that lists, the portfolio and the close-of-business query read
 * them without unpacking schedules. {@link #recalculate} derives them all again after every event.
 */
final class ContractFields {

    static final String COMPANY_ID = "companyId";
    static final String INDUSTRY = "industry";
    static final String SIZE_CLASS = "sizeClass";
    static final String KIND = "kind";
    static final String EQUIPMENT = "equipment";
    static final String AMOUNT = "amount";
    static final String DOWN_PAYMENT = "downPayment";
    static final String FINANCED_PRINCIPAL = "financedPrincipal";
    static final String TERM_MONTHS = "termMonths";
    static final String FREQUENCY = "frequency";
    static final String ANNUAL_RATE_BASIS_POINTS = "annualRateBasisPoints";
    static final String INTEREST_FREE_MONTHS = "interestFreeMonths";
    static final String CONTRACT_DATE = "contractDate";
    static final String STATUS = "status";
    static final String CLOSED_ON = "closedOn";
    static final String INTEREST_WAIVED = "interestWaived";
    static final String SCHEDULE = "schedule";
    static final String PENDING_REQUESTS = "pendingRequests";
    /** The number of pending requests, so the supervisor's queue filters on one plain field. */
    static final String PENDING_APPROVALS = "pendingApprovals";
    /** The contract's receivables roll-forward: fiscal year ({@code FY2020}) → {@link ReceivableFlows} fields. */
    static final String ROLL_FORWARD = "rollForward";

    static final String OUTSTANDING_PRINCIPAL = "outstandingPrincipal";
    static final String ARREARS = "arrears";
    static final String WRITTEN_OFF_BALANCE = "writtenOffBalance";
    /** Due date of the oldest instalment in arrears with something unpaid: the ageing starts there. */
    static final String OLDEST_ARREARS_DUE_DATE = "oldestArrearsDueDate";
    /**
     * Due date of the oldest unpaid instalment not in arrears, on active contracts only ({@code null}
     * otherwise): the close-of-business query's whole filter is {@code nextUnflaggedDueDate <= date}.
     */
    static final String NEXT_UNFLAGGED_DUE_DATE = "nextUnflaggedDueDate";

    private ContractFields() {
    }

    static List<Document> schedule(Document contract) {
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
