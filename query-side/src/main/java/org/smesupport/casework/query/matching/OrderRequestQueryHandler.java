package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.FindReferralCorrectionsAwaitingApprovalQuery;
import org.smesupport.casework.api.matching.FindReferralsAwaitingOutcomeQuery;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.OrderRequestSummary;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.ReferralAwaitingOutcome;
import org.smesupport.casework.api.matching.ReferralCorrectionAwaitingApproval;
import org.smesupport.casework.api.matching.ReferralCorrectionsAwaitingApprovalPage;
import org.smesupport.casework.api.matching.ReferralsAwaitingOutcomePage;
import org.smesupport.casework.projection.matching.OrderRequestFields;
import org.smesupport.casework.projection.matching.OrderRequestProjection;
import org.springframework.stereotype.Component;

/** Answers order-request and referral queries from the {@code matching_order_requests} read model. */
@Component
class OrderRequestQueryHandler {

    private final MongoCollection<Document> requests;

    OrderRequestQueryHandler(MongoDatabase readModels) {
        this.requests = readModels.getCollection(OrderRequestProjection.COLLECTION);
    }

    @QueryHandler
    OrderRequestPage handle(FindOrderRequestsQuery query) {
        Bson filter = query.status() == null ? new Document() : Filters.eq(OrderRequestFields.STATUS, query.status().name());
        List<OrderRequestSummary> items = requests.find(filter)
                // A list shows counts; the referrals themselves would be dead weight.
                .projection(Projections.exclude(OrderRequestFields.REFERRALS))
                .sort(Sorts.descending(OrderRequestFields.RECEIVED_ON, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .map(MatchingViews::orderRequestSummary)
                .into(new ArrayList<>());
        return new OrderRequestPage(items, query.page(), query.size(), requests.countDocuments(filter));
    }

    @QueryHandler
    OrderRequestView handle(FindOrderRequestQuery query) {
        Document request = requests.find(Filters.eq("_id", query.orderRequestId().value())).first();
        return request == null ? null : MatchingViews.orderRequest(request);
    }

    /**
     * Every request with a referral awaiting its outcome (one plain-field filter, kept by the projection),
     * its awaiting referrals taken out and ordered oldest introduction first. A centre has a few hundred
     * open introductions at a time, so they are ordered and paged here rather than by an aggregation.
     */
    @QueryHandler
    ReferralsAwaitingOutcomePage handle(FindReferralsAwaitingOutcomeQuery query) {
        List<ReferralAwaitingOutcome> awaiting = new ArrayList<>();
        requests.find(Filters.gt(OrderRequestFields.AWAITING_OUTCOME, 0)).forEach(request ->
                OrderRequestFields.referrals(request).stream()
                        .filter(referral -> referral.get(OrderRequestFields.OUTCOME) == null)
                        .forEach(referral -> awaiting.add(MatchingViews.awaiting(request, referral))));
        awaiting.sort(Comparator.comparing(ReferralAwaitingOutcome::introducedOn)
                .thenComparing(referral -> referral.orderRequestId().value())
                .thenComparing(ReferralAwaitingOutcome::referralId));
        return new ReferralsAwaitingOutcomePage(pageOf(awaiting, query.page(), query.size()), query.page(),
                query.size(), awaiting.size());
    }

    /** Every correction awaiting a supervisor (one plain-field filter), oldest request first. */
    @QueryHandler
    ReferralCorrectionsAwaitingApprovalPage handle(FindReferralCorrectionsAwaitingApprovalQuery query) {
        List<ReferralCorrectionAwaitingApproval> awaiting = new ArrayList<>();
        requests.find(Filters.gt(OrderRequestFields.CORRECTIONS_AWAITING_APPROVAL, 0)).forEach(request ->
                OrderRequestFields.referrals(request).stream()
                        .filter(referral -> referral.get(OrderRequestFields.PENDING_CORRECTION) != null)
                        .forEach(referral -> awaiting.add(MatchingViews.awaitingApproval(request, referral))));
        awaiting.sort(Comparator.comparing((ReferralCorrectionAwaitingApproval entry) -> entry.correction().requestedOn())
                .thenComparing(entry -> entry.orderRequestId().value())
                .thenComparing(ReferralCorrectionAwaitingApproval::referralId));
        return new ReferralCorrectionsAwaitingApprovalPage(pageOf(awaiting, query.page(), query.size()),
                query.page(), query.size(), awaiting.size());
    }

    /** Page {@code page} (from 0) of {@code size} items of an ordered queue; empty past its end. */
    private static <T> List<T> pageOf(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return List.copyOf(all.subList((int) from, (int) to));
    }
}
