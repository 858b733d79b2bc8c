package org.smesupport.casework.query.consultation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.query.FiscalYearReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation report for a fiscal year as JSON (the default) or CSV ({@code ?format=csv} or
 * {@code Accept: text/csv}). A year without data is a report of zeros, not a 404.
 */
@RestController
class ConsultationReportController {

    private final QueryGateway queries;

    ConsultationReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/consultations/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = FiscalYearReports.wantsCsv(format, accept);
        FiscalYear year = FiscalYearReports.year("consultation", fiscalYear);
        ConsultationStatisticsReport report = queries.query(new FindConsultationStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(ConsultationStatisticsReport.class)).join();
        return FiscalYearReports.respond("consultations", year, csv, report, ConsultationReportCsv::render);
    }
}
