package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.ReadYourWrites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Business matching (個別あっせん): the open order requests, and an order request's page with its ranked candidate
 * suppliers (each with the reasons for its rank and a one-click introduction) and its introductions awaiting an
 * outcome.
 */
@Controller
class MatchingPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final OrderRequestPageModel page;

    MatchingPages(QueryGateway queries, OrderRequestPageModel page) {
        this.queries = queries;
        this.page = page;
    }

    @GetMapping("/matching/order-requests")
    String open(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("requests", queries.query(new FindOrderRequestsQuery(OrderRequestStatus.OPEN,
                Math.max(0, page), PAGE_SIZE), ResponseTypes.instanceOf(OrderRequestPage.class)).join());
        return "matching/list";
    }

    /** {@code version}: the version a form just left the request at, which the page waits for (briefly). */
    @GetMapping("/matching/order-requests/{orderRequestId}")
    String show(@PathVariable String orderRequestId, @RequestParam(required = false) Long version, Model model) {
        OrderRequestId id = OrderRequestId.of(orderRequestId);
        OrderRequestView request = (version == null ? page.find(id) : ReadYourWrites.await(() -> page.find(id),
                view -> view.version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && request.version() < version);
        return page.show(request, model);
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals")
    String introduce(@PathVariable String orderRequestId, @Valid @ModelAttribute("introduction") IntroductionForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        return page.step(orderRequestId, null, errors, model, flash, "matching.introduced", id ->
                new IntroduceSupplierCommand(id, IdentifierFactory.getInstance().generateIdentifier(),
                        SupplierId.of(form.getSupplierId()), form.getIntroducedOn()));
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals/{referralId}/outcome")
    String recordOutcome(@PathVariable String orderRequestId, @PathVariable String referralId,
                         @Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        return page.step(orderRequestId, referralId, errors, model, flash, "matching.outcomeRecorded", id ->
                new RecordReferralOutcomeCommand(id, referralId, form.getOutcome(), form.amount(),
                        Text.orNull(form.getReason()), form.getDecidedOn()));
    }
}
