package org.smesupport.casework.web.restructuring;

import jakarta.validation.Valid;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A restructuring case's dealings with the firm's lenders alongside the pipeline: its creditors and their answers to
 * the plan, and the COVID special rescheduling (特例リスケ) arranged with them.
 */
@Controller
class CreditorPages {

    private final RestructuringCasePage casePage;

    CreditorPages(RestructuringCasePage casePage) {
        this.casePage = casePage;
    }

    @PostMapping("/restructuring/cases/{caseId}/creditors")
    String addCreditor(@PathVariable String caseId, @Valid @ModelAttribute("creditor") CreditorForm creditor,
                       BindingResult errors, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.creditorAdded", () ->
                new AddCreditorCommand(RestructuringCaseId.of(caseId), creditor.getCreditor().trim(),
                        creditor.getKind()));
    }

    @PostMapping("/restructuring/cases/{caseId}/creditors/consent")
    String recordConsent(@PathVariable String caseId, @Valid @ModelAttribute("consent") ConsentForm consent,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.consentRecorded", () ->
                new RecordCreditorConsentCommand(RestructuringCaseId.of(caseId), consent.getCreditor(),
                        consent.getConsented(), consent.getRecordedOn()));
    }

    @PostMapping("/restructuring/cases/{caseId}/special-rescheduling")
    String applySpecialRescheduling(@PathVariable String caseId,
                                    @Valid @ModelAttribute("rescheduling") ReschedulingForm rescheduling,
                                    BindingResult errors, Model model, RedirectAttributes flash) {
        return casePage.step(caseId, errors, model, flash, "restructuring.rescheduled", () ->
                new ApplySpecialReschedulingCommand(RestructuringCaseId.of(caseId), rescheduling.getAppliedOn(),
                        rescheduling.getNote() == null || rescheduling.getNote().isBlank() ? null
                                : rescheduling.getNote().trim()));
    }
}
