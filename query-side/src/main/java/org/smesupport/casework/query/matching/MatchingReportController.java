package org.smesupport.casework.query.matching;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.query.FiscalYearReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business-matching report for a fiscal year as JSON (the default) or CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}), negotiated as the other reports are. A year without data is a report of zeros.
 */
@RestController
class MatchingReportController {

    private final QueryGateway queries;

    MatchingReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/matching/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = FiscalYearReports.wantsCsv(format, accept);
        FiscalYear year = FiscalYearReports.year("matching", fiscalYear);
        MatchingStatisticsReport report = queries.query(new FindMatchingStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(MatchingStatisticsReport.class)).join();
        return FiscalYearReports.respond("matching", year, csv, report, MatchingReportCsv::render);
    }
}
