package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
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
 * Lease contracts: those in arrears, a contract's page (schedule, roll-forward, requests, timeline), and the money
 * the firm pays: recording and reversing a payment, settling the contract early. The requests a supervisor decides
 * are {@link LeaseRequestPages}; opening a contract is {@link LeaseOpeningPages}.
 */
@Controller
class LeasePages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final LeaseContractPageModel page;

    LeasePages(QueryGateway queries, LeaseContractPageModel page) {
        this.queries = queries;
        this.page = page;
    }

    @GetMapping("/leases")
    String inArrears(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("contracts", queries.query(new FindLeaseContractsQuery(null, null, null, true, null,
                Math.max(0, page), PAGE_SIZE), ResponseTypes.instanceOf(LeaseContractPage.class)).join());
        return "leases/list";
    }

    /** {@code version}: the version a form just left the contract at, which the page waits for (briefly). */
    @GetMapping("/leases/{contractId}")
    String show(@PathVariable String contractId, @RequestParam(required = false) Long version, Model model) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = (version == null ? page.find(id) : ReadYourWrites.await(() -> page.find(id),
                view -> view.summary().version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && contract.summary().version() < version);
        return page.show(contract, model);
    }

    @PostMapping("/leases/{contractId}/payments")
    String recordPayment(@PathVariable String contractId, @Valid @ModelAttribute("payment") PaymentForm payment,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.payment.recorded", id ->
                new RecordLeasePaymentCommand(id, payment.getPaymentId(), payment.getReceivedOn(),
                        Yen.of(payment.getAmount()), payment.getExpectedVersion()));
    }

    @PostMapping("/leases/{contractId}/reversals")
    String reversePayment(@PathVariable String contractId, @Valid @ModelAttribute("reversal") ReversalForm reversal,
                          BindingResult errors, Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.reversal.recorded", id ->
                new ReverseLeasePaymentCommand(id, reversal.getPaymentId(), reversal.getReversedOn(),
                        reversal.getReason().trim(), reversal.getExpectedVersion()));
    }

    @PostMapping("/leases/{contractId}/settlement")
    String settleEarly(@PathVariable String contractId,
                       @Valid @ModelAttribute("settlement") SettlementForm settlement, BindingResult errors,
                       Model model, RedirectAttributes flash) {
        return page.step(contractId, errors, model, flash, "lease.settlement.done", id ->
                new SettleLeaseContractEarlyCommand(id, settlement.getSettledOn(), Yen.of(settlement.getAmount()),
                        settlement.getExpectedVersion()));
    }
}
