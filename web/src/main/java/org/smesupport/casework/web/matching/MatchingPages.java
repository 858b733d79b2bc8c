package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import java.util.Optional;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
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
    private static final int CANDIDATES = 10;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    MatchingPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
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
        OrderRequestView request = (version == null ? request(id) : ReadYourWrites.await(() -> request(id),
                view -> view.version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && request.version() < version);
        return page(request, new IntroductionForm(), null, new OutcomeForm(), model);
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals")
    String introduce(@PathVariable String orderRequestId, @Valid @ModelAttribute("introduction") IntroductionForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        OrderRequestId id = OrderRequestId.of(orderRequestId);
        OrderRequestView request = request(id).orElseThrow(NotFound::new);
        Optional<Long> introduced = errors.hasErrors() ? Optional.empty() : commands.send(new IntroduceSupplierCommand(id,
                IdentifierFactory.getInstance().generateIdentifier(), SupplierId.of(form.getSupplierId()),
                form.getIntroducedOn()), errors);
        if (introduced.isEmpty()) {
            return page(request, form, null, new OutcomeForm(), model);
        }
        flash.addFlashAttribute("done", "matching.introduced");
        return "redirect:/matching/order-requests/" + orderRequestId + "?version=" + introduced.get();
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals/{referralId}/outcome")
    String recordOutcome(@PathVariable String orderRequestId, @PathVariable String referralId,
                         @Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        OrderRequestId id = OrderRequestId.of(orderRequestId);
        OrderRequestView request = request(id).orElseThrow(NotFound::new);
        Optional<Long> recorded = errors.hasErrors() ? Optional.empty() : commands.send(new RecordReferralOutcomeCommand(
                id, referralId, form.getOutcome(), form.getInitialOrderAmount() == null ? null
                        : Yen.of(form.getInitialOrderAmount()), blankToNull(form.getReason()), form.getDecidedOn()),
                errors);
        if (recorded.isEmpty()) {
            return page(request, new IntroductionForm(), referralId, form, model);
        }
        flash.addFlashAttribute("done", "matching.outcomeRecorded");
        return "redirect:/matching/order-requests/" + orderRequestId + "?version=" + recorded.get();
    }

    /** {@code failedReferral}: the introduction whose outcome form came back refused, to show its messages. */
    private String page(OrderRequestView request, IntroductionForm introduction, String failedReferral,
                        OutcomeForm outcome, Model model) {
        if (introduction.getIntroducedOn() == null) {
            introduction.setIntroducedOn(pages.businessDate().businessDate());
        }
        if (outcome.getDecidedOn() == null) {
            outcome.setDecidedOn(pages.businessDate().businessDate());
        }
        model.addAttribute("request", request);
        model.addAttribute("candidates", queries.query(new FindCandidateSuppliersQuery(request.orderRequestId(),
                CANDIDATES), ResponseTypes.instanceOf(CandidateSuppliers.class)).join());
        model.addAttribute("introduction", introduction);
        model.addAttribute("outcome", outcome);
        model.addAttribute("failedReferral", failedReferral);
        return "matching/show";
    }

    private Optional<OrderRequestView> request(OrderRequestId id) {
        return Optional.ofNullable(queries.query(new FindOrderRequestQuery(id),
                ResponseTypes.instanceOf(OrderRequestView.class)).join());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
