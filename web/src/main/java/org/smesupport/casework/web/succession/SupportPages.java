package org.smesupport.casework.web.succession;

import jakarta.validation.Valid;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The support recorded on a succession case: diagnoses (事業承継診断) and plans (事業承継計画), each counted. */
@Controller
class SupportPages {

    private final SuccessionCasePage casePage;

    SupportPages(SuccessionCasePage casePage) {
        this.casePage = casePage;
    }

    @PostMapping("/succession/cases/{caseId}/diagnoses")
    String recordDiagnosis(@PathVariable String caseId, @Valid @ModelAttribute("diagnosis") DiagnosisForm diagnosis,
                           BindingResult errors, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "succession.diagnosisRecorded", () ->
                new RecordSuccessionDiagnosisCommand(SuccessionCaseId.of(caseId), diagnosis.getDiagnosedOn()));
    }

    @PostMapping("/succession/cases/{caseId}/plans")
    String recordPlan(@PathVariable String caseId, @Valid @ModelAttribute("plan") PlanForm plan, BindingResult errors,
                      Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "succession.planRecorded", () ->
                new RecordSuccessionPlanCommand(SuccessionCaseId.of(caseId), plan.getPlannedOn()));
    }
}
