package org.smesupport.casework.web.matching;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.web.DecisionForm;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order request page the matching controllers share: the request with its candidates, a fresh form for every
 * form the model does not already hold (a refused one keeps its input), and a form's step on the request.
 */
@Component
class OrderRequestPageModel {

    private static final int CANDIDATES = 10;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    OrderRequestPageModel(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    Optional<OrderRequestView> find(OrderRequestId id) {
        return Optional.ofNullable(queries.query(new FindOrderRequestQuery(id),
                ResponseTypes.instanceOf(OrderRequestView.class)).join());
    }

    /**
     * A step on the request from one of its forms: sent unless the form is invalid; refused or invalid, the page
     * again with the form's messages (the form Spring bound is in the model already; {@code referralId} names the
     * introduction whose form it is, or is {@code null}), else the page after it.
     */
    String step(String orderRequestId, String referralId, BindingResult errors, Model model, RedirectAttributes flash,
                String done, Function<OrderRequestId, Object> command) {
        OrderRequestId id = OrderRequestId.of(orderRequestId);
        OrderRequestView request = find(id).orElseThrow(NotFound::new);
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.apply(id), errors);
        if (sent.isEmpty()) {
            model.addAttribute("failedReferral", referralId);
            return show(request, model);
        }
        flash.addFlashAttribute("done", done);
        return "redirect:/matching/order-requests/" + orderRequestId + "?version=" + sent.get();
    }

    /** The page shows a form only where the request's state allows it; the request refuses what it does not. */
    String show(OrderRequestView request, Model model) {
        addFreshForms(model, pages.businessDate().businessDate());
        model.addAttribute("request", request);
        model.addAttribute("candidates", queries.query(new FindCandidateSuppliersQuery(request.orderRequestId(),
                CANDIDATES), ResponseTypes.instanceOf(CandidateSuppliers.class)).join());
        return "matching/show";
    }

    private static void addFreshForms(Model model, LocalDate today) {
        if (!model.containsAttribute("introduction")) {
            IntroductionForm introduction = new IntroductionForm();
            introduction.setIntroducedOn(today);
            model.addAttribute("introduction", introduction);
        }
        if (!model.containsAttribute("outcome")) {
            OutcomeForm outcome = new OutcomeForm();
            outcome.setDecidedOn(today);
            model.addAttribute("outcome", outcome);
        }
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", WithdrawalForm.on(today));
        }
        if (!model.containsAttribute("filled")) {
            FilledForm filled = new FilledForm();
            filled.setFilledOn(today);
            model.addAttribute("filled", filled);
        }
        if (!model.containsAttribute("correction")) {
            CorrectionForm correction = new CorrectionForm();
            correction.setRequestedOn(today);
            model.addAttribute("correction", correction);
        }
        if (!model.containsAttribute("decision")) {
            DecisionForm decision = new DecisionForm();
            decision.setDecidedOn(today);
            model.addAttribute("decision", decision);
        }
    }
}
