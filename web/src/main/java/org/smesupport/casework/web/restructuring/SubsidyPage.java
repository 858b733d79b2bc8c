package org.smesupport.casework.web.restructuring;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidyQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** An improvement-plan subsidy file's page, with the form for its next step (a refused one keeps its input). */
@Component
class SubsidyPage {

    private final QueryGateway queries;
    private final PageQueries pages;

    SubsidyPage(QueryGateway queries, PageQueries pages) {
        this.queries = queries;
        this.pages = pages;
    }

    static String path(String subsidyId) {
        return "/restructuring/subsidies/" + subsidyId;
    }

    Optional<ImprovementSubsidyView> find(ImprovementSubsidyId id) {
        return Optional.ofNullable(queries.query(new FindImprovementSubsidyQuery(id),
                ResponseTypes.instanceOf(ImprovementSubsidyView.class)).join());
    }

    String show(ImprovementSubsidyView subsidy, Model model) {
        if (!model.containsAttribute("next")) {
            SubsidyStepForm next = new SubsidyStepForm();
            next.setStep(subsidy.refused() ? null : stepAfter(subsidy.lastStep()));
            next.setOn(pages.businessDate().businessDate());
            model.addAttribute("next", next);
        }
        model.addAttribute("subsidy", subsidy);
        return "restructuring/subsidy";
    }

    /**
     * The step the page offers next, in the order the file keeps (monitoring reports, received then decided, go on
     * for as long as the plan is monitored). The file itself decides whether it may.
     */
    private static ImprovementSubsidyStep stepAfter(ImprovementSubsidyStep last) {
        return switch (last) {
            case USAGE_APPLICATION_RECEIVED -> ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED;
            case USAGE_APPLICATION_DECIDED -> ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED;
            case PAYMENT_APPLICATION_RECEIVED -> ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED;
            case PAYMENT_APPLICATION_DECIDED, MONITORING_REPORT_DECIDED -> ImprovementSubsidyStep.MONITORING_REPORT_RECEIVED;
            case MONITORING_REPORT_RECEIVED -> ImprovementSubsidyStep.MONITORING_REPORT_DECIDED;
        };
    }
}
