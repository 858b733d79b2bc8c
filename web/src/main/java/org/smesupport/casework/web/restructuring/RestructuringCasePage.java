package org.smesupport.casework.web.restructuring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.restructuring.FindRestructuringCaseQuery;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseSummary;
import org.smesupport.casework.api.restructuring.RestructuringCaseView;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.web.RecordForms;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A restructuring case's page, which every form on it returns to: the case as of the business date (so its days in
 * stage count to the day the centre works on) and a fresh form for every step the model does not already hold (a
 * refused one keeps its input).
 */
@Component
class RestructuringCasePage {

    /** The stages a case is worked in; the plan's completion and the end close it. */

    private final QueryGateway queries;
    private final PageQueries pages;
    private final RecordForms forms;

    RestructuringCasePage(QueryGateway queries, PageQueries pages, RecordForms forms) {
        this.queries = queries;
        this.pages = pages;
        this.forms = forms;
    }

    static String path(String caseId) {
        return "/restructuring/cases/" + caseId;
    }

    Optional<RestructuringCaseView> find(RestructuringCaseId id) {
        return Optional.ofNullable(queries.query(new FindRestructuringCaseQuery(id, pages.businessDate().businessDate()),
                ResponseTypes.instanceOf(RestructuringCaseView.class)).join());
    }

    /** A step on the case from one of the forms on its page ({@link RecordForms}); a case that does not exist is a 404. */
    String step(String caseId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                Supplier<Object> command) {
        RestructuringCaseView restructuring = find(RestructuringCaseId.of(caseId)).orElseThrow(NotFound::new);
        return forms.step(command, errors, flash, done, path(caseId), () -> show(restructuring, model));
    }

    String show(RestructuringCaseView restructuring, Model model) {
        RestructuringCaseSummary summary = restructuring.summary();
        LocalDate today = pages.businessDate().businessDate();
        if (!model.containsAttribute("advance")) {
            AdvanceForm advance = new AdvanceForm();
            advance.setStage(stageAfter(summary.stage()));
            advance.setOn(today);
            advance.setExpectedVersion(summary.version());
            model.addAttribute("advance", advance);
        }
        if (!model.containsAttribute("creditor")) {
            model.addAttribute("creditor", new CreditorForm());
        }
        if (!model.containsAttribute("consent")) {
            ConsentForm consent = new ConsentForm();
            consent.setRecordedOn(today);
            model.addAttribute("consent", consent);
        }
        if (!model.containsAttribute("rescheduling")) {
            ReschedulingForm rescheduling = new ReschedulingForm();
            rescheduling.setAppliedOn(today);
            model.addAttribute("rescheduling", rescheduling);
        }
        if (!model.containsAttribute("plan")) {
            PlanForm plan = new PlanForm();
            plan.setCompletedOn(today);
            model.addAttribute("plan", plan);
        }
        if (!model.containsAttribute("ending")) {
            EndForm ending = new EndForm();
            ending.setEndedOn(today);
            model.addAttribute("ending", ending);
        }
        model.addAttribute("restructuring", restructuring);
        model.addAttribute("inProgress", RestructuringStage.IN_PROGRESS.contains(summary.stage()));
        return "restructuring/show";
    }

    /**
     * The stage the advance form offers: the next in pipeline order, where advancing leads to it (from the drafting
     * stage the plan's completion follows, which has its own form). The case itself decides whether it may.
     */
    private static RestructuringStage stageAfter(RestructuringStage stage) {
        RestructuringStage next = stage.next();
        return next == RestructuringStage.PLAN_COMPLETED ? null : next;
    }
}
