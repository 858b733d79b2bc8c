package org.smesupport.casework.web.restructuring;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A restructuring case through its pipeline: into the next stage, the plan's completion (without lease reschedules,
 * which the API takes with their revised instalments), and the end at any stage.
 */
@Controller
class PipelinePages {

    private final RestructuringCasePage casePage;

    PipelinePages(RestructuringCasePage casePage) {
        this.casePage = casePage;
    }

    @PostMapping("/restructuring/cases/{caseId}/stage")
    String advance(@PathVariable String caseId, @Valid @ModelAttribute("advance") AdvanceForm advance,
                   BindingResult errors, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.advanced", () ->
                new AdvanceRestructuringStageCommand(RestructuringCaseId.of(caseId), advance.getStage(),
                        advance.getOn(), advance.getExpectedVersion()));
    }

    /** The signed-in user completes the plan: the plan's lease deferral requests would be filed in their name. */
    @PostMapping("/restructuring/cases/{caseId}/plan")
    String completePlan(@PathVariable String caseId, @Valid @ModelAttribute("plan") PlanForm plan,
                        BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.planCompleted", () ->
                new CompleteRestructuringPlanCommand(RestructuringCaseId.of(caseId), plan.getCompletedOn(),
                        plan.getDrastic(), plan.getPlanSummary().trim(), List.of(), user.getName()));
    }

    @PostMapping("/restructuring/cases/{caseId}/end")
    String end(@PathVariable String caseId, @Valid @ModelAttribute("ending") EndForm ending, BindingResult errors,
               Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.ended", () ->
                new EndRestructuringCaseCommand(RestructuringCaseId.of(caseId), ending.getWithdrawnByFirm(),
                        ending.getReason().trim(), ending.getEndedOn()));
    }
}
