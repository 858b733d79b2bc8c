package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.FindPendingLeaseApprovalsQuery;
import org.smesupport.casework.api.lease.LeaseApprovalQueue;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.matching.FindReferralCorrectionsAwaitingApprovalQuery;
import org.smesupport.casework.api.matching.ReferralCorrectionsAwaitingApprovalPage;
import org.smesupport.casework.web.DecisionForm;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' approvals queue (deferrals, write-offs, interest subsidies, arrears lifts) with approve and
 * reject, and the corrections of matching outcomes awaiting a decision, each leading to its order request. A request of one's own is shown but offers no decision; the command bus refuses it anyway (maker-checker),
 * and the pages' security lets only supervisors and administrators post a decision.
 */
@Controller
class ApprovalPages {

    private static final int CORRECTIONS = 50;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    ApprovalPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/approvals")
    String queue(Model model) {
        DecisionForm decision = new DecisionForm();
        decision.setDecidedOn(pages.businessDate().businessDate());
        return page(decision, model);
    }

    @PostMapping("/approvals/{contractId}/{kind}/{requestId}/approve")
    String approve(@PathVariable String contractId, @PathVariable ApprovalKind kind, @PathVariable String requestId,
                   @Valid @ModelAttribute("decision") DecisionForm decision, BindingResult errors, Principal user,
                   Model model, RedirectAttributes flash) {
        return decide(contractId, kind, requestId, Verdict.APPROVE, decision, errors, user, model, flash);
    }

    @PostMapping("/approvals/{contractId}/{kind}/{requestId}/reject")
    String reject(@PathVariable String contractId, @PathVariable ApprovalKind kind, @PathVariable String requestId,
                  @Valid @ModelAttribute("decision") DecisionForm decision, BindingResult errors, Principal user,
                  Model model, RedirectAttributes flash) {
        return decide(contractId, kind, requestId, Verdict.REJECT, decision, errors, user, model, flash);
    }

    private String decide(String contractId, ApprovalKind kind, String requestId, Verdict verdict,
                          DecisionForm decision, BindingResult errors, Principal user, Model model,
                          RedirectAttributes flash) {
        if (verdict == Verdict.REJECT && (decision.getNote() == null || decision.getNote().isBlank())) {
            errors.rejectValue("note", "approval.reason.required");
        }
        Optional<Long> decided = errors.hasErrors() ? Optional.empty() : commands.send(command(LeaseContractId.of(
                contractId), kind, requestId, verdict, decision.getDecidedOn(), user.getName(), decision.getNote()), errors);
        if (decided.isEmpty()) {
            model.addAttribute("failedRequest", requestId);
            return page(decision, model);
        }
        flash.addFlashAttribute("done", verdict == Verdict.APPROVE ? "approval.approved" : "approval.rejected");
        return "redirect:/leases/" + contractId + "?version=" + decided.get();
    }

    private String page(DecisionForm decision, Model model) {
        model.addAttribute("queue", queries.query(new FindPendingLeaseApprovalsQuery(null),
                ResponseTypes.instanceOf(LeaseApprovalQueue.class)).join());
        // corrections of matching outcomes are decided on their order request's page, which shows what they change
        model.addAttribute("corrections", queries.query(new FindReferralCorrectionsAwaitingApprovalQuery(0, CORRECTIONS),
                ResponseTypes.instanceOf(ReferralCorrectionsAwaitingApprovalPage.class)).join());
        model.addAttribute("decision", decision);
        return "approvals";
    }

    /** The decision's command: the four kinds differ only in their message types. */
    private static Object command(LeaseContractId contract, ApprovalKind kind, String requestId, Verdict verdict,
                                  LocalDate on, String by, String note) {
        String text = note == null || note.isBlank() ? null : note.trim();
        return switch (kind) {
            case WRITE_OFF -> verdict == Verdict.APPROVE
                    ? new ApproveLeaseWriteOffCommand(contract, requestId, on, by, text)
                    : new RejectLeaseWriteOffCommand(contract, requestId, on, by, text);
            case DEFERRAL -> verdict == Verdict.APPROVE
                    ? new ApproveLeaseDeferralCommand(contract, requestId, on, by, text)
                    : new RejectLeaseDeferralCommand(contract, requestId, on, by, text);
            case INTEREST_SUBSIDY -> verdict == Verdict.APPROVE
                    ? new ApproveInterestSubsidyCommand(contract, requestId, on, by, text)
                    : new RejectInterestSubsidyCommand(contract, requestId, on, by, text);
            case ARREARS_LIFT -> verdict == Verdict.APPROVE
                    ? new ApproveLeaseArrearsLiftCommand(contract, requestId, on, by, text)
                    : new RejectLeaseArrearsLiftCommand(contract, requestId, on, by, text);
        };
    }

    private enum Verdict {
        APPROVE,
        REJECT;
    }
}
