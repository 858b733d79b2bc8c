package org.smesupport.casework.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every {@link FiscalYearReport} for a fiscal year B (compared with B − 1, so both must be fiscal years the
 * system accepts) as JSON, the default, or CSV ({@code ?format=csv} or {@code Accept: text/csv}, sent as a
 * download named {@code <report>-FY2020.csv}, UTF-8 with a byte order mark so that Excel opens it). A year
 * without data is a report of zeros, not a 404; an unknown report is a 404.
 */
@RestController
class FiscalYearReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Excel reads a CSV without it in the system's code page, garbling every Japanese heading. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final FiscalYearReports reports;

    FiscalYearReportController(FiscalYearReports reports) {
        this.reports = reports;
    }

    /**
     * Shows a fiscal-year report of the annual report as JSON or CSV.
     * The year is compared with the year before; a year without data is a report of zeros.
     *
     * @param report     the report: {@code consultations}, {@code leases}, {@code matching} or {@code restructuring}
     * @param fiscalYear the year it starts in: 2020 for FY2020 (April 2020 to March 2021)
     */
    @GetMapping("/api/reports/{report}/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String report, @PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FiscalYearReport<?> definition = reports.named(report).orElseThrow(() -> QueryParameters.notFound(
                "no report named '" + report + "'; the reports are " + reports.names()));
        boolean csv = wantsCsv(format, accept);
        return respond(definition, year(report, fiscalYear), csv);
    }

    private <R> ResponseEntity<?> respond(FiscalYearReport<R> definition, FiscalYear year, boolean csv) {
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports.answer(definition, year));
        }
        ReportCsv file = reports.csv(definition, year);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName()).build().toString())
                .body(BYTE_ORDER_MARK + file.content());
    }

    static FiscalYear year(String report, String raw) {
        int startYear = QueryParameters.integer("fiscalYear", raw);
        try {
            FiscalYear year = FiscalYear.of(startYear);
            year.previous();
            return year;
        } catch (IllegalArgumentException outOfRange) {
            throw QueryParameters.badRequest("no " + report + " report for fiscal year " + startYear
                    + ": it and the year before must be fiscal years the system knows (" + outOfRange.getMessage() + ")");
        }
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format == null || format.isBlank()) {
            return prefersCsv(accept);
        }
        return switch (format.trim().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw QueryParameters.badRequest("format must be json or csv, was '" + format + "'");
        };
    }

    /**
     * CSV when the client ranks it above JSON (by quality, then by order): a generated client that lists every
     * media type the document names ({@code application/json, text/csv}) still gets JSON. An Accept header that
     * cannot be parsed asks for nothing in particular.
     */
    private static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> ranked;
        try {
            ranked = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        ranked.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType wanted : ranked) {
            if (wanted.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(wanted)) {
                return false;
            }
            if (CSV.isCompatibleWith(wanted)) {
                return true;
            }
        }
        return false;
    }
}
