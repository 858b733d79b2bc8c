package org.smesupport.casework.web.lease;

import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening a lease or instalment-sale contract from a company's page. */
@Controller
class LeaseOpeningPages {

    private final FormCommands commands;
    private final PageQueries pages;
    private final LeaseContractPageModel page;

    LeaseOpeningPages(FormCommands commands, PageQueries pages, LeaseContractPageModel page) {
        this.commands = commands;
        this.pages = pages;
        this.page = page;
    }

    @ModelAttribute("contractKinds")
    List<ContractKind> contractKinds() {
        return List.of(ContractKind.values());
    }

    @ModelAttribute("frequencies")
    List<PaymentFrequency> frequencies() {
        return List.of(PaymentFrequency.values());
    }

    @GetMapping("/leases/new")
    String opening(@RequestParam String companyId, Model model) {
        CompanyView company = pages.company(companyId).orElseThrow(NotFound::new);
        OpenLeaseForm form = new OpenLeaseForm();
        form.setContractId(IdentifierFactory.getInstance().generateIdentifier());
        form.setCompanyId(company.companyId());
        form.setDownPayment(0L);
        form.setInterestFreeMonths(0);
        form.setFrequency(PaymentFrequency.MONTHLY);
        form.setContractDate(pages.businessDate().businessDate());
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        return "leases/new";
    }

    @PostMapping("/leases")
    String open(@Valid @ModelAttribute("form") OpenLeaseForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        CompanyView company = pages.company(form.getCompanyId()).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        if (errors.hasErrors()) {
            return "leases/new";
        }
        LeaseContractId id = LeaseContractId.of(form.getContractId());
        OpenLeaseContractCommand command = new OpenLeaseContractCommand(id, CompanyId.of(company.companyId()),
                form.getKind(), form.getEquipment().trim(), Yen.of(form.getAmount()), Yen.of(form.getDownPayment()),
                form.getTermMonths(), form.getFrequency(), form.annualRateBasisPoints(), form.getInterestFreeMonths(),
                form.getContractDate(), form.getFirstDueDate());
        if (!commands.create(command, errors, () -> page.find(id).isPresent())) {
            return "leases/new";
        }
        flash.addFlashAttribute("done", "lease.opened");
        return "redirect:/leases/" + id.value() + "?version=0";
    }
}
