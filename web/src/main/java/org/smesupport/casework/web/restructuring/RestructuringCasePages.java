package org.smesupport.casework.web.restructuring;

import jakarta.validation.Valid;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.web.RecordForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Restructuring cases: opening one for a company (its first response, 1次対応) and the case's page. */
@Controller
class RestructuringCasePages {

    private final RecordForms forms;
    private final RestructuringCasePage casePage;

    RestructuringCasePages(RecordForms forms, RestructuringCasePage casePage) {
        this.forms = forms;
        this.casePage = casePage;
    }

    @GetMapping("/restructuring/cases/new")
    String opening(@RequestParam String companyId, Model model) {
        return forms.opening(new OpenCaseForm(), companyId, model, "restructuring/new");
    }

    @PostMapping("/restructuring/cases")
    String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult errors, Model model) {
        CompanyView company = forms.company(form.getCompanyId(), model);
        return forms.open(() -> new OpenRestructuringCaseCommand(id(form), CompanyId.of(company.companyId()),
                        form.getSummary().trim(), form.getOpenedOn()), errors,
                () -> casePage.find(id(form)).isPresent(), "restructuring/new",
                RestructuringCasePage.path(form.getCaseId()));
    }

    private static RestructuringCaseId id(OpenCaseForm form) {
        return RestructuringCaseId.of(form.getCaseId());
    }

    /** {@code version}: the version a form just left the case at, which the page waits for (briefly). */
    @GetMapping("/restructuring/cases/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(required = false) Long version, Model model) {
        RestructuringCaseId id = RestructuringCaseId.of(caseId);
        return casePage.show(forms.shown(() -> casePage.find(id), view -> view.summary().version(), version, model),
                model);
    }
}
