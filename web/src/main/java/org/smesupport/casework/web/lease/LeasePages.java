package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Optional;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.PageQueries;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.ReadYourWrites;
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
 * Lease contracts: those in arrears, a contract's page (schedule, requests, timeline), recording and reversing a
 * payment, and requesting a write-off.
 */
@Controller
class LeasePages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    LeasePages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/leases")
    String inArrears(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("contracts", queries.query(new FindLeaseContractsQuery(null, null, null, true,
                Math.max(0, page), PAGE_SIZE), ResponseTypes.instanceOf(LeaseContractPage.class)).join());
        return "leases/list";
    }

    /** {@code version}: the version a form just left the contract at, which the page waits for (briefly). */
    @GetMapping("/leases/{contractId}")
    String show(@PathVariable String contractId, @RequestParam(required = false) Long version, Model model) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = (version == null ? contract(id) : ReadYourWrites.await(() -> contract(id),
                view -> view.summary().version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && contract.summary().version() < version);
        return page(contract, newWriteOff(), newPayment(contract), model);
    }

    @PostMapping("/leases/{contractId}/payments")
    String recordPayment(@PathVariable String contractId, @Valid @ModelAttribute("payment") PaymentForm payment,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = contract(id).orElseThrow(NotFound::new);
        Optional<Long> recorded = errors.hasErrors() ? Optional.empty() : commands.send(new RecordLeasePaymentCommand(
                id, payment.getPaymentId(), payment.getReceivedOn(), Yen.of(payment.getAmount()),
                payment.getExpectedVersion()), errors);
        if (recorded.isEmpty()) {
            return page(contract, newWriteOff(), payment, model);
        }
        flash.addFlashAttribute("done", "lease.payment.recorded");
        return "redirect:/leases/" + contractId + "?version=" + recorded.get();
    }

    @PostMapping("/leases/{contractId}/write-offs")
    String requestWriteOff(@PathVariable String contractId, @Valid @ModelAttribute("writeOff") WriteOffForm writeOff,
                           BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = contract(id).orElseThrow(NotFound::new);
        Optional<Long> filed = errors.hasErrors() ? Optional.empty() : commands.send(new RequestLeaseWriteOffCommand(
                id, writeOff.getRequestId(), writeOff.getRequestedOn(), user.getName(), writeOff.getReason().trim()),
                errors);
        if (filed.isEmpty()) {
            return page(contract, writeOff, newPayment(contract), model);
        }
        flash.addFlashAttribute("done", "lease.writeOff.requested");
        return "redirect:/leases/" + contractId + "?version=" + filed.get();
    }

    @PostMapping("/leases/{contractId}/reversals")
    String reversePayment(@PathVariable String contractId, @Valid @ModelAttribute("reversal") ReversalForm reversal,
                          BindingResult errors, Model model, RedirectAttributes flash) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = contract(id).orElseThrow(NotFound::new);
        Optional<Long> reversed = errors.hasErrors() ? Optional.empty() : commands.send(new ReverseLeasePaymentCommand(
                id, reversal.getPaymentId(), reversal.getReversedOn(), reversal.getReason().trim(),
                reversal.getExpectedVersion()), errors);
        if (reversed.isEmpty()) {
            return page(contract, newWriteOff(), newPayment(contract), model);
        }
        flash.addFlashAttribute("done", "lease.reversal.recorded");
        return "redirect:/leases/" + contractId + "?version=" + reversed.get();
    }

    private String page(LeaseContractView contract, WriteOffForm writeOff, PaymentForm payment, Model model) {
        if (!model.containsAttribute("reversal")) {
            ReversalForm reversal = new ReversalForm();
            reversal.setReversedOn(pages.businessDate().businessDate());
            reversal.setExpectedVersion(contract.summary().version());
            model.addAttribute("reversal", reversal);
        }
        model.addAttribute("payments", ReceivedPayment.standing(contract.timeline()));
        model.addAttribute("contract", contract);
        model.addAttribute("company", pages.company(contract.summary().companyId()).orElse(null));
        model.addAttribute("writeOff", writeOff);
        model.addAttribute("payment", payment);
        return "leases/show";
    }

    private WriteOffForm newWriteOff() {
        WriteOffForm writeOff = new WriteOffForm();
        writeOff.setRequestId(IdentifierFactory.getInstance().generateIdentifier());
        writeOff.setRequestedOn(pages.businessDate().businessDate());
        return writeOff;
    }

    private PaymentForm newPayment(LeaseContractView contract) {
        PaymentForm payment = new PaymentForm();
        payment.setPaymentId(IdentifierFactory.getInstance().generateIdentifier());
        payment.setReceivedOn(pages.businessDate().businessDate());
        payment.setExpectedVersion(contract.summary().version());
        return payment;
    }

    /** The contract as of the business date: its instalments' states and days past due are counted to that day. */
    private Optional<LeaseContractView> contract(LeaseContractId id) {
        return Optional.ofNullable(queries.query(new FindLeaseContractQuery(id, pages.businessDate().businessDate()),
                ResponseTypes.instanceOf(LeaseContractView.class)).join());
    }


}
