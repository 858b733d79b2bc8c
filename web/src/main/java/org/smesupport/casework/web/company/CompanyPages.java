package org.smesupport.casework.web.company;

import jakarta.validation.Valid;
import java.util.Optional;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyPage;
import org.smesupport.casework.api.company.CompanySummary;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.FindCompaniesQuery;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.smesupport.casework.api.company.FindCompanySummaryQuery;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidiesQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyPage;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.succession.FindSuccessionCasesQuery;
import org.smesupport.casework.api.succession.SuccessionCasePage;
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
 * The client companies: the search, registration, and a company's page with what the centre has with it
 * (consultation cases, lease contracts, its supplier registration, restructuring and succession cases).
 */
@Controller
class CompanyPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    CompanyPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    /** Every company, page by page, in id order. */
    @GetMapping("/companies")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return found(null, null, null, null, page, model);
    }

    /**
     * The companies found by part of the name, the corporate number, the municipality and the industry. Posted, not
     * asked for with a link: a sole proprietor's trade name is often the owner's own name, which must not end up in
     * addresses (browser history, proxies and server logs keep those).
     */
    @PostMapping("/companies/search")
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String corporateNumber,
                  @RequestParam(required = false) String municipality, @RequestParam(required = false) Industry industry,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        return found(blankToNull(name), blankToNull(corporateNumber), blankToNull(municipality), industry, page, model);
    }

    private String found(String name, String corporateNumber, String municipality, Industry industry, int page,
                         Model model) {
        FindCompaniesQuery query = new FindCompaniesQuery(name, corporateNumber, municipality, industry,
                Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("searched", name != null || corporateNumber != null || municipality != null
                || industry != null);
        model.addAttribute("companies", queries.query(query, ResponseTypes.instanceOf(CompanyPage.class)).join());
        return "companies/list";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @GetMapping("/companies/new")
    String registration(Model model) {
        CompanyForm form = new CompanyForm();
        form.setCompanyId(IdentifierFactory.getInstance().generateIdentifier());
        model.addAttribute("form", form);
        return "companies/new";
    }

    @PostMapping("/companies")
    String register(@Valid @ModelAttribute("form") CompanyForm form, BindingResult errors) {
        CorporateNumber corporateNumber = corporateNumber(form, errors);
        if (errors.hasErrors()) {
            return "companies/new";
        }
        CompanyId id = CompanyId.of(form.getCompanyId());
        RegisterCompanyCommand command = new RegisterCompanyCommand(id, corporateNumber, form.getName().trim(),
                form.getIndustry(), form.getMunicipality().trim(), form.getSizeClass(), form.getIdentityDocument());
        if (!commands.create(command, errors, () -> company(id).isPresent())) {
            return "companies/new";
        }
        return "redirect:/companies/" + id.value() + "?registered";
    }

    /**
     * {@code registered}: the company was just registered, {@code version}: a form just left it at that version; the
     * page then waits (briefly) for the read model.
     */
    @GetMapping("/companies/{companyId}")
    String show(@PathVariable String companyId, @RequestParam(required = false) String registered,
                @RequestParam(required = false) Long version, Model model) {
        CompanyId id = CompanyId.of(companyId);
        long shown = version == null ? 0 : version;
        CompanySummary summary = (registered == null && version == null ? summary(id)
                : ReadYourWrites.await(() -> summary(id), found -> found.company().version() >= shown))
                .orElseThrow(NotFound::new);
        CompanyView company = summary.company();
        model.addAttribute("behind", company.version() < shown);
        model.addAttribute("summary", summary);
        model.addAttribute("company", company);
        model.addAttribute("consultations", queries.query(new FindConsultationCasesQuery(null, null, null, companyId,
                null, null, null, 0, PAGE_SIZE), ResponseTypes.instanceOf(ConsultationCasePage.class)).join());
        model.addAttribute("leases", queries.query(new FindLeaseContractsQuery(null, companyId, null, null, null, 0,
                PAGE_SIZE), ResponseTypes.instanceOf(LeaseContractPage.class)).join());
        model.addAttribute("restructuring", queries.query(new FindRestructuringCasesQuery(null, null, companyId,
                pages.businessDate().businessDate(), 0, PAGE_SIZE), ResponseTypes.instanceOf(RestructuringCasePage.class))
                .join());
        model.addAttribute("supplier", queries.query(new FindSupplierQuery(SupplierId.forCompany(id)),
                ResponseTypes.instanceOf(SupplierView.class)).join());
        model.addAttribute("succession", queries.query(new FindSuccessionCasesQuery(null, companyId, 0, PAGE_SIZE),
                ResponseTypes.instanceOf(SuccessionCasePage.class)).join());
        model.addAttribute("subsidies", queries.query(new FindImprovementSubsidiesQuery(null, companyId, 0, PAGE_SIZE),
                ResponseTypes.instanceOf(ImprovementSubsidyPage.class)).join());
        return "companies/show";
    }

    @GetMapping("/companies/{companyId}/edit")
    String editing(@PathVariable String companyId, Model model) {
        CompanyView company = company(CompanyId.of(companyId)).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        model.addAttribute("form", CompanyDetailsForm.of(company));
        return "companies/edit";
    }

    @PostMapping("/companies/{companyId}")
    String update(@PathVariable String companyId, @Valid @ModelAttribute("form") CompanyDetailsForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        CompanyId id = CompanyId.of(companyId);
        CompanyView company = company(id).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        Optional<Long> updated = errors.hasErrors() ? Optional.empty() : commands.send(new UpdateCompanyCommand(id,
                form.getName().trim(), form.getIndustry(), form.getMunicipality().trim(), form.getSizeClass(),
                form.getExpectedVersion()), errors);
        if (updated.isEmpty()) {
            return "companies/edit";
        }
        flash.addFlashAttribute("done", "company.updated");
        return "redirect:/companies/" + companyId + "?version=" + updated.get();
    }

    private Optional<CompanySummary> summary(CompanyId id) {
        return Optional.ofNullable(queries.query(new FindCompanySummaryQuery(id),
                ResponseTypes.instanceOf(CompanySummary.class)).join());
    }

    private Optional<CompanyView> company(CompanyId id) {
        return Optional.ofNullable(queries.query(new FindCompanyQuery(id),
                ResponseTypes.instanceOf(CompanyView.class)).join());
    }

    private static CorporateNumber corporateNumber(CompanyForm form, BindingResult errors) {
        String digits = form.getCorporateNumber() == null ? "" : form.getCorporateNumber().trim();
        if (digits.isEmpty() || errors.hasFieldErrors("corporateNumber")) {
            return null;
        }
        try {
            return CorporateNumber.of(digits);
        } catch (IllegalArgumentException wrongCheckDigit) {
            errors.rejectValue("corporateNumber", "company.corporateNumber.checkDigit");
            return null;
        }
    }
}
