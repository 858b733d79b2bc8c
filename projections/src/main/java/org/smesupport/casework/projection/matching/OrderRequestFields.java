package org.smesupport.casework.projection.matching;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.projection.ReadModelDates;

/**
 * The shape of a {@code matching_order_requests} document: the request's {@code details}, its state, its
 * {@code referrals} (each with its outcome, the corrections of it and one awaiting a supervisor), and four
 * counts derived from the referrals by {@link #recount}, kept as plain fields so that lists and the
 * awaiting-outcome and correction queues filter on one field.
 */
public final class OrderRequestFields {

    public static final String DETAILS = "details";
    public static final String RECEIVED_ON = "receivedOn";
    public static final String STATUS = "status";
    public static final String FILLED_ON = "filledOn";
    public static final String WITHDRAWN_ON = "withdrawnOn";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String REFERRALS = "referrals";
    public static final String REFERRAL_COUNT = "referralCount";
    /** Referrals without an outcome: the awaiting-outcome queue's whole filter is {@code awaitingOutcome > 0}. */
    public static final String AWAITING_OUTCOME = "awaitingOutcome";
    public static final String CONCLUDED = "concluded";
    /** Referrals with a correction awaiting a supervisor: that queue's whole filter is {@code > 0}. */
    public static final String CORRECTIONS_AWAITING_APPROVAL = "correctionsAwaitingApproval";

    public static final String ORDERING_FIRM = "orderingFirm";
    public static final String ORDERING_FIRM_REGION = "orderingFirmRegion";
    public static final String WORK = "work";
    public static final String PROCESSES = "processes";
    public static final String QUANTITY = "quantity";
    public static final String DELIVERY_BY = "deliveryBy";
    public static final String BUDGET = "budget";
    public static final String PREFERRED_REGION = "preferredRegion";
    public static final String REQUIRED_CERTIFICATIONS = "requiredCertifications";
    public static final String FOCUS_FIELD = "focusField";

    public static final String REFERRAL_ID = "referralId";
    public static final String SUPPLIER_ID = "supplierId";
    public static final String SUPPLIER_NAME = "supplierName";
    public static final String INTRODUCED_ON = "introducedOn";
    public static final String OUTCOME = "outcome";
    public static final String INITIAL_ORDER_AMOUNT = "initialOrderAmount";
    public static final String OUTCOME_REASON = "outcomeReason";
    public static final String DECIDED_ON = "decidedOn";
    public static final String RECORDED_BY = "recordedBy";
    public static final String CORRECTIONS = "corrections";
    public static final String PENDING_CORRECTION = "pendingCorrection";

    private OrderRequestFields() {
    }

    static Document details(OrderRequestDetails details) {
        return new Document(ORDERING_FIRM, details.orderingFirm())
                .append(ORDERING_FIRM_REGION, ReadModelValues.name(details.orderingFirmRegion()))
                .append(WORK, details.work())
                .append(PROCESSES, ReadModelValues.names(details.processes()))
                .append(QUANTITY, details.quantity())
                .append(DELIVERY_BY, ReadModelDates.format(details.deliveryBy()))
                .append(BUDGET, ReadModelValues.yen(details.budget()))
                .append(PREFERRED_REGION, ReadModelValues.name(details.preferredRegion()))
                .append(REQUIRED_CERTIFICATIONS, ReadModelValues.names(details.requiredCertifications()))
                .append(FOCUS_FIELD, ReadModelValues.name(details.focusField()));
    }

    public static List<Document> referrals(Document request) {
        return request.getList(REFERRALS, Document.class);
    }

    /** The referral by id, or {@code null} if the document has none by that id. */
    static Document referral(Document request, String referralId) {
        return referrals(request).stream()
                .filter(referral -> referralId.equals(referral.getString(REFERRAL_ID)))
                .findFirst()
                .orElse(null);
    }

    /** Derives the counts from the referrals as they stand. */
    static void recount(Document request) {
        List<Document> referrals = referrals(request);
        request.append(REFERRAL_COUNT, referrals.size())
                .append(AWAITING_OUTCOME, (int) referrals.stream().filter(referral -> referral.get(OUTCOME) == null).count())
                .append(CONCLUDED, (int) referrals.stream()
                        .filter(referral -> ReferralOutcome.CONCLUDED.name().equals(referral.getString(OUTCOME)))
                        .count())
                .append(CORRECTIONS_AWAITING_APPROVAL, (int) referrals.stream()
                        .filter(referral -> referral.get(PENDING_CORRECTION) != null)
                        .count());
    }
}
