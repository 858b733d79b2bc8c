package org.smesupport.casework.web;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FindBusinessDateQuery;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.springframework.stereotype.Component;

/** The queries many pages ask: the business date (a form's default date) and a record's company. */
@Component
public class PageQueries {

    private final QueryGateway queries;

    PageQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public BusinessDate businessDate() {
        return queries.query(new FindBusinessDateQuery(), ResponseTypes.instanceOf(BusinessDate.class)).join();
    }

    public Optional<CompanyView> company(String companyId) {
        return Optional.ofNullable(queries.query(new FindCompanyQuery(CompanyId.of(companyId)),
                ResponseTypes.instanceOf(CompanyView.class)).join());
    }
}
