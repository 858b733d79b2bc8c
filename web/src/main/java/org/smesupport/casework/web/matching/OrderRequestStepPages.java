package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import java.security.Principal;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.RejectReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;
import org.smesupport.casework.web.DecisionForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing an order request (withdrawn, or filled) and correcting a recorded outcome: a caseworker requests the
 * correction in their own name, a different supervisor approves or rejects it (the pages' security lets only
 * supervisors and administrators post a decision, as the API's; the command bus refuses one's own request).
 */
@Controller
class OrderRequestStepPages {

    private final OrderRequestPageModel page;

    OrderRequestStepPages(OrderRequestPageModel page) {
        this.page = page;
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/withdraw")
    String withdraw(@PathVariable String orderRequestId, @Valid @ModelAttribute("withdrawal") WithdrawalForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        return page.step(orderRequestId, null, errors, model, flash, "matching.withdrawn", id ->
                new WithdrawOrderRequestCommand(id, form.getWithdrawnOn(), form.getReason().trim()));
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/filled")
    String markFilled(@PathVariable String orderRequestId, @Valid @ModelAttribute("filled") FilledForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        return page.step(orderRequestId, null, errors, model, flash, "matching.filled", id ->
                new MarkOrderRequestFilledCommand(id, form.getFilledOn()));
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals/{referralId}/correction")
    String requestCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
                             @Valid @ModelAttribute("correction") CorrectionForm form, BindingResult errors,
                             Principal user, Model model, RedirectAttributes flash) {
        return page.step(orderRequestId, referralId, errors, model, flash, "matching.correction.requested", id ->
                new RequestReferralOutcomeCorrectionCommand(id, referralId, form.getOutcome(), form.amount(),
                        form.getReason().trim(), form.getRequestedOn(), user.getName()));
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals/{referralId}/correction/approve")
    String approveCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
                             @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors,
                             Principal user, Model model, RedirectAttributes flash) {
        return page.step(orderRequestId, referralId, errors, model, flash, "matching.correction.approved", id ->
                new ApproveReferralOutcomeCorrectionCommand(id, referralId, form.getDecidedOn(), user.getName(),
                        Text.orNull(form.getNote())));
    }

    @PostMapping("/matching/order-requests/{orderRequestId}/referrals/{referralId}/correction/reject")
    String rejectCorrection(@PathVariable String orderRequestId, @PathVariable String referralId,
                            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors,
                            Principal user, Model model, RedirectAttributes flash) {
        if (Text.orNull(form.getNote()) == null) {
            errors.rejectValue("note", "approval.reason.required");
        }
        return page.step(orderRequestId, referralId, errors, model, flash, "matching.correction.rejected", id ->
                new RejectReferralOutcomeCorrectionCommand(id, referralId, form.getDecidedOn(), user.getName(),
                        form.getNote().trim()));
    }
}
