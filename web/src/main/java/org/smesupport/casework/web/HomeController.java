package org.smesupport.casework.web;

import java.security.Principal;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.FindPendingLeaseApprovalsQuery;
import org.smesupport.casework.api.lease.LeaseApprovalQueue;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.matching.FindReferralCorrectionsAwaitingApprovalQuery;
import org.smesupport.casework.api.matching.FindReferralsAwaitingOutcomeQuery;
import org.smesupport.casework.api.matching.ReferralCorrectionsAwaitingApprovalPage;
import org.smesupport.casework.api.matching.ReferralsAwaitingOutcomePage;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a caseworker's open cases, introductions awaiting an outcome, contracts in arrears, the requests
 * awaiting a supervisor's decision, and for every role the way to the work it does.
 */
@Controller
class HomeController {

    private static final int SHOWN = 50;

    private final QueryGateway queries;
    private final PageQueries pages;

    HomeController(QueryGateway queries, PageQueries pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Principal user, Model model) {
        model.addAttribute("myCases", queries.query(new FindConsultationCasesQuery(null, ConsultationStatus.OPEN,
                user.getName(), null, null, null, null, 0, SHOWN), ResponseTypes.instanceOf(ConsultationCasePage.class)).join());
        LocalDate today = pages.businessDate().businessDate();
        model.addAttribute("myRestructuring", RestructuringStage.IN_PROGRESS.stream().flatMap(stage -> queries.query(
                new FindRestructuringCasesQuery(stage, user.getName(), null, today, 0, SHOWN),
                ResponseTypes.instanceOf(RestructuringCasePage.class)).join().items().stream()).toList());
        model.addAttribute("awaitingOutcome", queries.query(new FindReferralsAwaitingOutcomeQuery(0, SHOWN),
                ResponseTypes.instanceOf(ReferralsAwaitingOutcomePage.class)).join());
        model.addAttribute("inArrears", queries.query(new FindLeaseContractsQuery(null, null, null, true, null, 0, SHOWN),
                ResponseTypes.instanceOf(LeaseContractPage.class)).join());
        // what the approvals page lists: the lease requests and the corrections of matching outcomes
        model.addAttribute("approvals", queries.query(new FindPendingLeaseApprovalsQuery(null),
                ResponseTypes.instanceOf(LeaseApprovalQueue.class)).join().requests().size()
                + queries.query(new FindReferralCorrectionsAwaitingApprovalQuery(0, 1),
                ResponseTypes.instanceOf(ReferralCorrectionsAwaitingApprovalPage.class)).join().total());
        return "home";
    }
}
