package org.smesupport.casework.web.restructuring;

import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidiesQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyPage;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.RecordForms;
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
 * The improvement-plan subsidy files (経営改善計画策定支援, 早期経営改善計画策定支援): the list, newest first, a file's
 * page with its steps and figures, and its next step.
 */
@Controller
class SubsidyPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final RecordForms forms;
    private final SubsidyPage subsidyPage;

    SubsidyPages(QueryGateway queries, RecordForms forms, SubsidyPage subsidyPage) {
        this.queries = queries;
        this.forms = forms;
        this.subsidyPage = subsidyPage;
    }

    /** The files, each with its company's name as the query answers it. */
    @GetMapping("/restructuring/subsidies")
    String list(@RequestParam(required = false) ImprovementSubsidyKind kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ImprovementSubsidyPage subsidies = queries.query(new FindImprovementSubsidiesQuery(kind, null, Math.max(0, page),
                PAGE_SIZE), ResponseTypes.instanceOf(ImprovementSubsidyPage.class)).join();
        model.addAttribute("kind", kind);
        model.addAttribute("subsidies", subsidies);
        return "restructuring/subsidies";
    }

    /** {@code version}: the version a form just left the file at, which the page waits for (briefly). */
    @GetMapping("/restructuring/subsidies/{subsidyId}")
    String show(@PathVariable String subsidyId, @RequestParam(required = false) Long version, Model model) {
        ImprovementSubsidyId id = ImprovementSubsidyId.of(subsidyId);
        return subsidyPage.show(forms.shown(() -> subsidyPage.find(id), ImprovementSubsidyView::version, version,
                model), model);
    }

    @PostMapping("/restructuring/subsidies/{subsidyId}/steps")
    String recordStep(@PathVariable String subsidyId, @Valid @ModelAttribute("next") SubsidyStepForm next,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        ImprovementSubsidyId id = ImprovementSubsidyId.of(subsidyId);
        ImprovementSubsidyView subsidy = subsidyPage.find(id).orElseThrow(NotFound::new);
        return forms.step(() -> new RecordImprovementSubsidyStepCommand(id, next.getStep(), null, null,
                        next.getCost() == null ? null : Yen.of(next.getCost()), next.getApproved(), next.getOn()),
                errors, flash, "subsidy.stepRecorded", SubsidyPage.path(subsidyId),
                () -> subsidyPage.show(subsidy, model));
    }
}
