package org.smesupport.casework.query.matching;

import static org.smesupport.casework.query.QueryParameters.constant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.FindReferralCorrectionsAwaitingApprovalQuery;
import org.smesupport.casework.api.matching.FindReferralsAwaitingOutcomeQuery;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.ReferralCorrectionsAwaitingApprovalPage;
import org.smesupport.casework.api.matching.ReferralsAwaitingOutcomePage;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order requests, the candidates for one, the introductions still awaiting an outcome and the outcome
 * corrections awaiting a supervisor.
 */
@RestController
@RequestMapping("/api/matching")
class OrderRequestController {

    /** Candidates a caseworker reads through; the ranking itself considers every indexed supplier. */
    private static final int MAX_CANDIDATES = 100;

    private final QueryGateway queries;

    OrderRequestController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Lists the order requests (発注申込), newest first, optionally by status.
     */
    @GetMapping("/order-requests")
    OrderRequestPage list(@RequestParam(required = false) String status,
                          @RequestParam(defaultValue = "0") String page,
                          @RequestParam(defaultValue = "20") String size) {
        FindOrderRequestsQuery query = new FindOrderRequestsQuery(
                constant("status", OrderRequestStatus.class, status),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(OrderRequestPage.class)).join();
    }

    /**
     * Shows one order request with every referral made for it.
     */
    @GetMapping("/order-requests/{orderRequestId}")
    OrderRequestView one(@PathVariable String orderRequestId) {
        OrderRequestView request = queries.query(new FindOrderRequestQuery(OrderRequestId.of(orderRequestId)),
                ResponseTypes.instanceOf(OrderRequestView.class)).join();
        if (request == null) {
            throw QueryParameters.notFound("no order request " + orderRequestId);
        }
        return request;
    }

    /**
     * Ranks the registered suppliers by fit for an order request, best first.
     * Each comes with its reasons; {@code limit} (1 to 100) caps how many are listed.
     */
    @GetMapping("/order-requests/{orderRequestId}/candidates")
    CandidateSuppliers candidates(@PathVariable String orderRequestId,
                                  @RequestParam(defaultValue = "20") String limit) {
        int candidates = QueryParameters.integer("limit", limit);
        if (candidates < 1 || candidates > MAX_CANDIDATES) {
            throw QueryParameters.badRequest("limit must be between 1 and " + MAX_CANDIDATES + ", was " + candidates);
        }
        CandidateSuppliers result = queries.query(
                new FindCandidateSuppliersQuery(OrderRequestId.of(orderRequestId), candidates),
                ResponseTypes.instanceOf(CandidateSuppliers.class)).join();
        if (result == null) {
            throw QueryParameters.notFound("no order request " + orderRequestId);
        }
        return result;
    }

    /**
     * Lists the referrals whose outcome is not recorded yet, oldest first.
     */
    @GetMapping("/referrals/awaiting-outcome")
    ReferralsAwaitingOutcomePage awaitingOutcome(@RequestParam(defaultValue = "0") String page,
                                                 @RequestParam(defaultValue = "50") String size) {
        return queries.query(new FindReferralsAwaitingOutcomeQuery(QueryParameters.page(page), QueryParameters.size(size)),
                ResponseTypes.instanceOf(ReferralsAwaitingOutcomePage.class)).join();
    }

    /** The supervisors' queue of outcome corrections awaiting a decision. */
    @GetMapping("/referrals/corrections-awaiting-approval")
    ReferralCorrectionsAwaitingApprovalPage correctionsAwaitingApproval(@RequestParam(defaultValue = "0") String page,
                                                                        @RequestParam(defaultValue = "50") String size) {
        return queries.query(new FindReferralCorrectionsAwaitingApprovalQuery(QueryParameters.page(page),
                        QueryParameters.size(size)),
                ResponseTypes.instanceOf(ReferralCorrectionsAwaitingApprovalPage.class)).join();
    }
}
