package org.smesupport.casework.query.company;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyPage;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompaniesQuery;
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

    @GetMapping
    CompanyPage list(@RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
        FindCompaniesQuery query = new FindCompaniesQuery(QueryParameters.page(page), QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(CompanyPage.class)).join();
    }

    @GetMapping("/{companyId}")
    CompanyView one(@PathVariable String companyId) {
        CompanyView company = queries.query(new FindCompanyQuery(CompanyId.of(companyId)),
                ResponseTypes.instanceOf(CompanyView.class)).join();
        if (company == null) {
            throw QueryParameters.notFound("no company " + companyId);
        }
        return company;
    }
}
