package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import java.security.Principal;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requests on a contract that a supervisor decides on the approvals page (write-off, deferral, interest subsidy,
 * arrears lift), filed in the signed-in user's name, and a supervisor's reversal of an approved write-off.
 */
@Controller
class LeaseRequestPages {

    private final LeaseContractPageModel page;

    LeaseRequestPages(LeaseContractPageModel page) {
        this.page = page;
    }

    @PostMapping("/leases/{contractId}/write-offs")
    String requestWriteOff(@PathVariable String contractId, @Valid @ModelAttribute("writeOff") RequestForm writeOff,
                           BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.writeOff.requested", id ->
                new RequestLeaseWriteOffCommand(id, writeOff.getRequestId(), writeOff.getRequestedOn(),
                        user.getName(), writeOff.getReason().trim()));
    }

    @PostMapping("/leases/{contractId}/deferrals")
    String requestDeferral(@PathVariable String contractId, @Valid @ModelAttribute("deferral") DeferralForm deferral,
                           BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.deferral.requested", id ->
                new RequestLeaseDeferralCommand(id, deferral.getRequestId(), deferral.getRequestedOn(), user.getName(),
                        deferral.getReason().trim(), deferral.instalments(), deferral.getExpectedVersion()));
    }

    @PostMapping("/leases/{contractId}/interest-subsidies")
    String requestSubsidy(@PathVariable String contractId, @Valid @ModelAttribute("subsidy") SubsidyForm subsidy,
                          BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.subsidy.requested", id ->
                new RequestInterestSubsidyCommand(id, subsidy.getRequestId(), subsidy.getFiscalYear(),
                        subsidy.salesDeclineBasisPoints(), subsidy.getEvidence().trim(), subsidy.getRequestedOn(),
                        user.getName()));
    }

    @PostMapping("/leases/{contractId}/arrears-lifts")
    String requestLift(@PathVariable String contractId, @Valid @ModelAttribute("lift") ArrearsLiftForm lift,
                       BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.lift.requested", id ->
                new RequestLeaseArrearsLiftCommand(id, lift.getRequestId(), lift.getInstalmentNumbers(),
                        lift.getRequestedOn(), user.getName(), lift.getReason().trim()));
    }

    /** Supervisors only (the pages' security, as the API's): it puts money back on the books. */
    @PostMapping("/leases/{contractId}/write-off-reversals")
    String reverseWriteOff(@PathVariable String contractId,
                           @Valid @ModelAttribute("writeOffReversal") WriteOffReversalForm reversal,
                           BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.writeOffReversal.done", id ->
                new ReverseLeaseWriteOffCommand(id, reversal.getWriteOffId(), reversal.getReversedOn(), user.getName(),
                        reversal.getReason().trim()));
    }
}
