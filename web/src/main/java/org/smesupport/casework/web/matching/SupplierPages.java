package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.ReregisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
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
 * Suppliers (受注企業): registering a company from its page, and a supplier's page with its profile, the periodic
 * update of the profile (更新調査), its withdrawal and, once withdrawn, its registration again.
 */
@Controller
class SupplierPages {

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    SupplierPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/matching/suppliers/new")
    String registration(@RequestParam String companyId, Model model) {
        CompanyView company = pages.company(companyId).orElseThrow(NotFound::new);
        SupplierForm form = new SupplierForm();
        form.setCompanyId(company.companyId());
        form.setOn(pages.businessDate().businessDate());
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        return "matching/suppliers/new";
    }

    @PostMapping("/matching/suppliers")
    String register(@Valid @ModelAttribute("form") SupplierForm form, BindingResult errors, Model model,
                    RedirectAttributes flash) {
        CompanyView company = pages.company(form.getCompanyId()).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        if (errors.hasErrors()) {
            return "matching/suppliers/new";
        }
        CompanyId companyId = CompanyId.of(company.companyId());
        SupplierId id = SupplierId.forCompany(companyId);
        if (!commands.create(new RegisterSupplierCommand(id, companyId, form.profile(), form.getOn()), errors,
                () -> find(id).isPresent())) {
            return "matching/suppliers/new";
        }
        flash.addFlashAttribute("done", "supplier.registered");
        return "redirect:/matching/suppliers/" + id.value() + "?version=0";
    }

    /** {@code version}: the version a form just left the supplier at, which the page waits for (briefly). */
    @GetMapping("/matching/suppliers/{supplierId}")
    String show(@PathVariable String supplierId, @RequestParam(required = false) Long version, Model model) {
        SupplierId id = SupplierId.of(supplierId);
        SupplierView supplier = (version == null ? find(id) : ReadYourWrites.await(() -> find(id),
                view -> view.version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && supplier.version() < version);
        return page(supplier, model);
    }

    @PostMapping("/matching/suppliers/{supplierId}/profile")
    String updateProfile(@PathVariable String supplierId, @Valid @ModelAttribute("profile") SupplierForm form,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        return step(supplierId, errors, model, flash, "supplier.updated", id ->
                new UpdateSupplierProfileCommand(id, form.profile(), form.getOn(), form.getExpectedVersion()));
    }

    @PostMapping("/matching/suppliers/{supplierId}/re-registration")
    String reregister(@PathVariable String supplierId, @Valid @ModelAttribute("profile") SupplierForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        return step(supplierId, errors, model, flash, "supplier.reregistered", id ->
                new ReregisterSupplierCommand(id, form.profile(), form.getOn(), form.getExpectedVersion()));
    }

    @PostMapping("/matching/suppliers/{supplierId}/withdraw")
    String withdraw(@PathVariable String supplierId, @Valid @ModelAttribute("withdrawal") WithdrawalForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        return step(supplierId, errors, model, flash, "supplier.withdrawn", id ->
                new WithdrawSupplierCommand(id, form.getWithdrawnOn(), form.getReason().trim()));
    }

    private String step(String supplierId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                        Function<SupplierId, Object> command) {
        SupplierId id = SupplierId.of(supplierId);
        SupplierView supplier = find(id).orElseThrow(NotFound::new);
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.apply(id), errors);
        if (sent.isEmpty()) {
            return page(supplier, model);
        }
        flash.addFlashAttribute("done", done);
        return "redirect:/matching/suppliers/" + supplierId + "?version=" + sent.get();
    }

    /** The profile form is the update while registered and the registration again once withdrawn. */
    private String page(SupplierView supplier, Model model) {
        LocalDate today = pages.businessDate().businessDate();
        if (!model.containsAttribute("profile")) {
            SupplierForm profile = SupplierForm.of(supplier.profile());
            profile.setCompanyId(supplier.companyId().value());
            profile.setOn(today);
            profile.setExpectedVersion(supplier.version());
            model.addAttribute("profile", profile);
        }
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", WithdrawalForm.on(today));
        }
        model.addAttribute("supplier", supplier);
        model.addAttribute("registered", supplier.status() == SupplierStatus.REGISTERED);
        return "matching/suppliers/show";
    }

    private Optional<SupplierView> find(SupplierId id) {
        return Optional.ofNullable(queries.query(new FindSupplierQuery(id),
                ResponseTypes.instanceOf(SupplierView.class)).join());
    }
}
