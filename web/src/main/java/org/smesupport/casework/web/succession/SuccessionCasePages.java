package org.smesupport.casework.web.succession;

import jakarta.validation.Valid;
import java.util.List;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.web.RecordForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Succession consultations (事業引継ぎ相談): opening one for a company, and the case's page. */
@Controller
class SuccessionCasePages {

    private final RecordForms forms;
    private final SuccessionCasePage casePage;

    SuccessionCasePages(RecordForms forms, SuccessionCasePage casePage) {
        this.forms = forms;
        this.casePage = casePage;
    }

    @ModelAttribute("sides")
    List<SuccessionSide> sides() {
        return List.of(SuccessionSide.values());
    }

    @GetMapping("/succession/cases/new")
    String opening(@RequestParam String companyId, Model model) {
        return forms.opening(new OpenCaseForm(), companyId, model, "succession/new");
    }

    @PostMapping("/succession/cases")
    String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult errors, Model model) {
        CompanyView company = forms.company(form.getCompanyId(), model);
        return forms.open(() -> new OpenSuccessionCaseCommand(id(form), CompanyId.of(company.companyId()),
                        form.getSide(), form.getOpenedOn(), form.isInPrefecture()), errors,
                () -> casePage.find(id(form)).isPresent(), "succession/new", SuccessionCasePage.path(form.getCaseId()));
    }

    private static SuccessionCaseId id(OpenCaseForm form) {
        return SuccessionCaseId.of(form.getCaseId());
    }

    /** {@code version}: the version a form just left the case at, which the page waits for (briefly). */
    @GetMapping("/succession/cases/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(required = false) Long version, Model model) {
        SuccessionCaseId id = SuccessionCaseId.of(caseId);
        return casePage.show(forms.shown(() -> casePage.find(id), SuccessionCaseView::version, version, model), model);
    }
}
