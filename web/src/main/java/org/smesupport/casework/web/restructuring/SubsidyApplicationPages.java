package org.smesupport.casework.web.restructuring;

import jakarta.validation.Valid;
import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.ReadYourWrites;
import org.smesupport.casework.web.RecordForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A company's usage application for an improvement-plan subsidy (利用申請受付), which opens the subsidy's file. */
@Controller
class SubsidyApplicationPages {

    private final RecordForms forms;
    private final FormCommands commands;
    private final SubsidyPage subsidyPage;

    SubsidyApplicationPages(RecordForms forms, FormCommands commands, SubsidyPage subsidyPage) {
        this.forms = forms;
        this.commands = commands;
        this.subsidyPage = subsidyPage;
    }

    @GetMapping("/restructuring/subsidies/new")
    String application(@RequestParam String companyId, Model model) {
        return forms.opening(new SubsidyApplicationForm(), companyId, model, "restructuring/subsidy-new");
    }

    /**
     * A file is created by its first step on the id the form carries, so a second submit of the form is not a
     * conflict but a usage application out of order, refused above the form: when the file is then there, for this
     * company and kind, the first submit opened it, and that is success.
     */
    @PostMapping("/restructuring/subsidies")
    String receive(@Valid @ModelAttribute("form") SubsidyApplicationForm form, BindingResult errors, Model model) {
        CompanyView company = forms.company(form.getCompanyId(), model);
        if (errors.hasErrors()) {
            return "restructuring/subsidy-new";
        }
        ImprovementSubsidyId id = ImprovementSubsidyId.of(form.getCaseId());
        Optional<Long> received = commands.send(new RecordImprovementSubsidyStepCommand(id,
                ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, CompanyId.of(company.companyId()), form.getKind(),
                null, null, form.getOpenedOn()), errors);
        if (received.isEmpty() && !(errors.hasGlobalErrors() && ReadYourWrites.await(() -> subsidyPage.find(id),
                        found -> true)
                .filter(file -> file.companyId().equals(company.companyId()) && file.kind() == form.getKind())
                .isPresent())) {
            return "restructuring/subsidy-new";
        }
        return "redirect:" + SubsidyPage.path(id.value()) + "?version=0";
    }
}
