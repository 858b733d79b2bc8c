package org.smesupport.casework.web.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.LeaseInstalmentView;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract page the lease controllers share: the contract as of the business date, the page with a fresh form
 * for every form the model does not already hold (a refused one keeps its input), and a form's step on the contract.
 */
@Component
class LeaseContractPageModel {

    /** Spare rows on the deferral form, to spread the principal over more instalments than it replaces. */
    private static final int SPARE_DEFERRAL_ROWS = 6;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    LeaseContractPageModel(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    /** The contract as of the business date: its instalments' states and days past due are counted to that day. */
    Optional<LeaseContractView> find(LeaseContractId id) {
        return Optional.ofNullable(queries.query(new FindLeaseContractQuery(id, pages.businessDate().businessDate()),
                ResponseTypes.instanceOf(LeaseContractView.class)).join());
    }

    /**
     * A step on the contract from one of its forms: sent unless the form is invalid; refused or invalid, the page
     * again with the form's messages (the form Spring bound is in the model already), else the page after it.
     */
    String step(String contractId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                Function<LeaseContractId, Object> command) {
        LeaseContractId id = LeaseContractId.of(contractId);
        LeaseContractView contract = find(id).orElseThrow(NotFound::new);
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.apply(id), errors);
        if (sent.isEmpty()) {
            return show(contract, model);
        }
        flash.addFlashAttribute("done", done);
        return "redirect:/leases/" + contractId + "?version=" + sent.get();
    }

    /** The page shows a form only where the contract's state allows it; the contract refuses what it does not. */
    String show(LeaseContractView contract, Model model) {
        List<RevisedInstalmentRow> deferrable = deferrable(contract.schedule());
        addFreshForms(model, pages.businessDate().businessDate(), contract.summary().version(), deferrable);
        model.addAttribute("deferrable", !deferrable.isEmpty());
        model.addAttribute("liftable", contract.schedule().stream()
                .filter(i -> i.inArrears() && i.writtenOff().isZero() && i.recoveredAfterWriteOff().isZero()).toList());
        model.addAttribute("pending", contract.pendingRequests().stream().map(r -> r.kind().name())
                .collect(Collectors.toSet()));
        model.addAttribute("payments", ReceivedPayment.standing(contract.timeline()));
        model.addAttribute("writeOffs", ApprovedWriteOff.standing(contract.timeline()));
        model.addAttribute("contract", contract);
        return "leases/show";
    }

    /** A fresh form for every form the model does not hold already (a refused one keeps its input). */
    private static void addFreshForms(Model model, LocalDate today, long version,
                                      List<RevisedInstalmentRow> deferrable) {
        if (!model.containsAttribute("payment")) {
            PaymentForm payment = new PaymentForm();
            payment.setPaymentId(newId());
            payment.setReceivedOn(today);
            payment.setExpectedVersion(version);
            model.addAttribute("payment", payment);
        }
        if (!model.containsAttribute("reversal")) {
            ReversalForm reversal = new ReversalForm();
            reversal.setReversedOn(today);
            reversal.setExpectedVersion(version);
            model.addAttribute("reversal", reversal);
        }
        if (!model.containsAttribute("writeOff")) {
            model.addAttribute("writeOff", request(new RequestForm(), today));
        }
        if (!model.containsAttribute("deferral")) {
            DeferralForm deferral = request(new DeferralForm(), today);
            deferral.setRevisedInstalments(withSpareRows(deferrable));
            deferral.setExpectedVersion(version);
            model.addAttribute("deferral", deferral);
        }
        if (!model.containsAttribute("subsidy")) {
            SubsidyForm subsidy = new SubsidyForm();
            subsidy.setRequestId(newId());
            subsidy.setRequestedOn(today);
            subsidy.setFiscalYear(FiscalYear.containing(today).startYear());
            model.addAttribute("subsidy", subsidy);
        }
        if (!model.containsAttribute("lift")) {
            model.addAttribute("lift", request(new ArrearsLiftForm(), today));
        }
        if (!model.containsAttribute("settlement")) {
            SettlementForm settlement = new SettlementForm();
            settlement.setSettledOn(today);
            settlement.setExpectedVersion(version);
            model.addAttribute("settlement", settlement);
        }
        if (!model.containsAttribute("writeOffReversal")) {
            WriteOffReversalForm writeOffReversal = new WriteOffReversalForm();
            writeOffReversal.setReversedOn(today);
            model.addAttribute("writeOffReversal", writeOffReversal);
        }
    }

    private static <F extends RequestForm> F request(F form, LocalDate today) {
        form.setRequestId(newId());
        form.setRequestedOn(today);
        return form;
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }

    /**
     * The rows a deferral starts from: the instalments it would replace (nothing paid, subsidised, written off or
     * waived, not in arrears) as they stand, numbered on from the last instalment kept, as the contract expects.
     */
    private static List<RevisedInstalmentRow> deferrable(List<LeaseInstalmentView> schedule) {
        List<LeaseInstalmentView> untouched = schedule.stream().filter(i -> !i.inArrears() && i.paid().isZero()
                && i.subsidisedInterest().isZero() && i.writtenOff().isZero() && i.recoveredAfterWriteOff().isZero()
                && i.waived().isZero()).toList();
        Set<Integer> replaced = untouched.stream().map(LeaseInstalmentView::number).collect(Collectors.toSet());
        int first = schedule.stream().mapToInt(LeaseInstalmentView::number).filter(n -> !replaced.contains(n)).max()
                .orElse(0) + 1;
        List<RevisedInstalmentRow> rows = new ArrayList<>();
        for (LeaseInstalmentView instalment : untouched) {
            rows.add(new RevisedInstalmentRow(first + rows.size(), instalment.dueDate(),
                    instalment.principal().value(), instalment.interest().value()));
        }
        return rows;
    }

    private static List<RevisedInstalmentRow> withSpareRows(List<RevisedInstalmentRow> rows) {
        List<RevisedInstalmentRow> all = new ArrayList<>(rows);
        int next = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).getNumber() + 1;
        for (int i = 0; i < SPARE_DEFERRAL_ROWS; i++) {
            all.add(new RevisedInstalmentRow(next + i, null, null, null));
        }
        return all;
    }
}
