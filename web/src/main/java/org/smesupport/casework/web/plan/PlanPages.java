package org.smesupport.casework.web.plan;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.plan.FindKpiTargetsQuery;
import org.smesupport.casework.api.plan.FindPlanAchievementQuery;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiTargets;
import org.smesupport.casework.api.plan.PlanAchievement;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.smesupport.casework.api.plan.SetKpiTargetCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 中期経営計画の達成状況 as the annual report prints it (per KPI and year: 目標, 実績, 達成率), printable, for every
 * signed-in role; an administrator sets a target with its reason (PageSecurity). The targets are read from the
 * plan's own events, so the page shows a new target at once without waiting for a read model.
 */
@Controller
class PlanPages {

    private final QueryGateway queries;
    private final FormCommands commands;

    PlanPages(QueryGateway queries, FormCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/plans/{planId}")
    String show(@PathVariable String planId, Model model) {
        return page(period(planId), new TargetForm(), model);
    }

    @PostMapping("/plans/{planId}/targets")
    String setTarget(@PathVariable String planId, @Valid @ModelAttribute("target") TargetForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        PlanPeriod period = period(planId);
        Optional<Long> set = errors.hasErrors() ? Optional.empty() : commands.send(new SetKpiTargetCommand(planId,
                form.getKpi(), form.getFiscalYear(), form.getTarget(), form.getReason().trim()), errors);
        if (set.isEmpty()) {
            return page(period, form, model);
        }
        flash.addFlashAttribute("done", "plan.targetSet");
        return "redirect:/plans/" + planId;
    }

    private String page(PlanPeriod period, TargetForm form, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("achievement", queries.query(new FindPlanAchievementQuery(period.planId(),
                period.firstYear(), period.lastYear()), ResponseTypes.instanceOf(PlanAchievement.class)).join());
        model.addAttribute("targets", queries.query(new FindKpiTargetsQuery(period.planId()),
                ResponseTypes.instanceOf(KpiTargets.class)).join());
        model.addAttribute("target", form);
        model.addAttribute("kpis", Kpi.values());
        model.addAttribute("years", IntStream.rangeClosed(period.firstYear(), period.lastYear()).boxed().toList());
        return "plans/show";
    }

    private static PlanPeriod period(String planId) {
        return PlanPeriod.of(planId).orElseThrow(NotFound::new);
    }
}
