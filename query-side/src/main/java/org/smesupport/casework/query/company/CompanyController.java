package org.smesupport.casework.query.company;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyPage;
import org.smesupport.casework.api.company.CompanySummary;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompanySummaryQuery;
import org.smesupport.casework.api.company.FindCompaniesQuery;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/companies")
class CompanyController {

    private final QueryGateway queries;

    CompanyController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Lists the client companies, found by name, corporate number, municipality or industry.
     * In id order; {@code name} matches part of the name, whatever its full- and half-width forms, hiragana and
     * katakana, case and spaces; the corporate number, the municipality and the industry match whole values.
     */
    @GetMapping
    CompanyPage list(@RequestParam(required = false) String name,
                     @RequestParam(required = false) String corporateNumber,
                     @RequestParam(required = false) String municipality,
                     @RequestParam(required = false) String industry,
                     @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        FindCompaniesQuery query = new FindCompaniesQuery(QueryParameters.text(name),
                QueryParameters.text(corporateNumber), QueryParameters.text(municipality),
                QueryParameters.constant("industry", Industry.class, industry), QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(CompanyPage.class)).join();
    }

    /**
     * Shows one company as registered and last updated.
     */
    @GetMapping("/{companyId}")
    CompanyView one(@PathVariable String companyId) {
        CompanyView company = queries.query(new FindCompanyQuery(CompanyId.of(companyId)),
                ResponseTypes.instanceOf(CompanyView.class)).join();
        if (company == null) {
            throw QueryParameters.notFound("no company " + companyId);
        }
        return company;
    }

    /**
     * Shows what the centre has with the company across its programmes, in figures.
     * Consultation cases open and in all, lease contracts running and in all with their outstanding, arrears and
     * written-off sums, the supplier registration's status, restructuring cases in progress and in all, succession
     * cases, improvement-plan subsidy files.
     */
    @GetMapping("/{companyId}/summary")
    CompanySummary summary(@PathVariable String companyId) {
        CompanySummary summary = queries.query(new FindCompanySummaryQuery(CompanyId.of(companyId)),
                ResponseTypes.instanceOf(CompanySummary.class)).join();
        if (summary == null) {
            throw QueryParameters.notFound("no company " + companyId);
        }
        return summary;
    }
}
