package org.smesupport.casework.matching;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelDates;

/**
 * The shape of a {@code matching_order_requests} document: the request's {@code details}, its state, its
 * {@code referrals} (each with its outcome, the corrections of it and one awaiting a supervisor), and four
 * counts derived from the referrals by {@link #recount}, kept as plain fields so that lists and the
 * awaiting-outcome and correction queues filter on one field.
 */
final class OrderRequestFields {

    static final String DETAILS = "details";
    static final String RECEIVED_ON = "receivedOn";
    static final String STATUS = "status";
    static final String FILLED_ON = "filledOn";
    static final String WITHDRAWN_ON = "withdrawnOn";
    static final String WITHDRAWAL_REASON = "withdrawalReason";
    static final String REFERRALS = "referrals";
    static final String REFERRAL_COUNT = "referralCount";
    /** Referrals without an outcome: the awaiting-outcome queue's whole filter is {@code awaitingOutcome > 0}. */
    static final String AWAITING_OUTCOME = "awaitingOutcome";
    static final String CONCLUDED = "concluded";
    /** Referrals with a correction awaiting a supervisor: that queue's whole filter is {@code > 0}. */
    static final String CORRECTIONS_AWAITING_APPROVAL = "correctionsAwaitingApproval";

    static final String ORDERING_FIRM = "orderingFirm";
    static final String ORDERING_FIRM_REGION = "orderingFirmRegion";
    static final String WORK = "work";
    static final String PROCESSES = "processes";
    static final String QUANTITY = "quantity";
    static final String DELIVERY_BY = "deliveryBy";
    static final String BUDGET = "budget";
    static final String PREFERRED_REGION = "preferredRegion";
    static final String REQUIRED_CERTIFICATIONS = "requiredCertifications";
    static final String FOCUS_FIELD = "focusField";

    static final String REFERRAL_ID = "referralId";
    static final String SUPPLIER_ID = "supplierId";
    static final String SUPPLIER_NAME = "supplierName";
    static final String INTRODUCED_ON = "introducedOn";
    static final String OUTCOME = "outcome";
    static final String INITIAL_ORDER_AMOUNT = "initialOrderAmount";
    static final String OUTCOME_REASON = "outcomeReason";
    static final String DECIDED_ON = "decidedOn";
    static final String RECORDED_BY = "recordedBy";
    static final String CORRECTIONS = "corrections";
    static final String PENDING_CORRECTION = "pendingCorrection";

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

    static List<Document> referrals(Document request) {
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
