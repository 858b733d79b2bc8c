package org.smesupport.casework.web.succession;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.succession.FindSuccessionCaseQuery;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.web.RecordForms;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A succession case's page, which every form on it returns to, with a fresh form for every step the model does not
 * already hold (a refused one keeps its input).
 */
@Component
class SuccessionCasePage {

    private final QueryGateway queries;
    private final PageQueries pages;
    private final RecordForms forms;

    SuccessionCasePage(QueryGateway queries, PageQueries pages, RecordForms forms) {
        this.queries = queries;
        this.pages = pages;
        this.forms = forms;
    }

    static String path(String caseId) {
        return "/succession/cases/" + caseId;
    }

    Optional<SuccessionCaseView> find(SuccessionCaseId id) {
        return Optional.ofNullable(queries.query(new FindSuccessionCaseQuery(id),
                ResponseTypes.instanceOf(SuccessionCaseView.class)).join());
    }

    /** A step on the case from one of the forms on its page ({@link RecordForms}); a case that does not exist is a 404. */
    String step(String caseId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                Supplier<Object> command) {
        SuccessionCaseView succession = find(SuccessionCaseId.of(caseId)).orElseThrow(NotFound::new);
        return forms.step(command, errors, flash, done, path(caseId), () -> show(succession, model));
    }

    String show(SuccessionCaseView succession, Model model) {
        LocalDate today = pages.businessDate().businessDate();
        if (!model.containsAttribute("diagnosis")) {
            DiagnosisForm diagnosis = new DiagnosisForm();
            diagnosis.setDiagnosedOn(today);
            model.addAttribute("diagnosis", diagnosis);
        }
        if (!model.containsAttribute("plan")) {
            PlanForm plan = new PlanForm();
            plan.setPlannedOn(today);
            model.addAttribute("plan", plan);
        }
        model.addAttribute("succession", succession);
        model.addAttribute("company", pages.company(succession.companyId()).orElse(null));
        return "succession/show";
    }
}
