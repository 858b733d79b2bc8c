package org.smesupport.casework.web.report;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FindReportCsvQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportCsv;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual report's tables, laid out as the published report prints them (B−A with △ for negatives). */
@Controller
class ReportPages {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final QueryGateway queries;

    ReportPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/reports/consultations/{fiscalYear}")
    String consultations(@PathVariable int fiscalYear, Model model) {
        FiscalYear year = comparable(fiscalYear);
        model.addAttribute("report", queries.query(new FindConsultationStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(ConsultationStatisticsReport.class)).join());
        model.addAttribute("previous", year.startYear() - 1);
        model.addAttribute("next", year.startYear() + 1);
        return "reports/consultations";
    }

    /**
     * A report as CSV for Excel: the API's file with a byte-order mark, without which Excel reads UTF-8 as Shift_JIS
     * and garbles the Japanese.
     */
    @GetMapping("/reports/{report}/{fiscalYear}/csv")
    ResponseEntity<String> csv(@PathVariable String report, @PathVariable int fiscalYear) {
        ReportCsv file = Optional.ofNullable(queries.query(new FindReportCsvQuery(report,
                comparable(fiscalYear).startYear()), ResponseTypes.instanceOf(ReportCsv.class)).join())
                .orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(BYTE_ORDER_MARK + file.content());
    }

    /** A year B the system knows whose year A = B − 1 it knows too; otherwise there is no such report. */
    private static FiscalYear comparable(int startYear) {
        try {
            FiscalYear year = FiscalYear.of(startYear);
            year.previous();
            return year;
        } catch (IllegalArgumentException outOfRange) {
            throw new NotFound();
        }
    }
}
