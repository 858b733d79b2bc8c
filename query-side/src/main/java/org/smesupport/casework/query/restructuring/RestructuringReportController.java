package org.smesupport.casework.query.restructuring;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.query.FiscalYearReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The succession and restructuring report (section I-7) for a fiscal year as JSON (the default) or CSV
 * ({@code ?format=csv} or {@code Accept: text/csv}), negotiated as the other reports are.
 */
@RestController
class RestructuringReportController {

    private final QueryGateway queries;

    RestructuringReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/restructuring/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = FiscalYearReports.wantsCsv(format, accept);
        FiscalYear year = FiscalYearReports.year("restructuring", fiscalYear);
        RestructuringStatisticsReport report = queries.query(new FindRestructuringStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(RestructuringStatisticsReport.class)).join();
        return FiscalYearReports.respond("restructuring", year, csv, report, RestructuringReportCsv::render);
    }
}
