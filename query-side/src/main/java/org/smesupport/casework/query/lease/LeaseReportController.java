package org.smesupport.casework.query.lease;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.query.FiscalYearReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lease report for a fiscal year as JSON (the default) or CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}), negotiated as the consultation report is. A year without data is a report of
 * zeros, not a 404.
 */
@RestController
class LeaseReportController {

    private final QueryGateway queries;

    LeaseReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/leases/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = FiscalYearReports.wantsCsv(format, accept);
        FiscalYear year = FiscalYearReports.year("lease", fiscalYear);
        LeaseStatisticsReport report = queries.query(new FindLeaseStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(LeaseStatisticsReport.class)).join();
        return FiscalYearReports.respond("leases", year, csv, report, LeaseReportCsv::render);
    }
}
