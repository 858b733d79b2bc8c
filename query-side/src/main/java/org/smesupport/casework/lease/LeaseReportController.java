package org.smesupport.casework.lease;

import java.nio.charset.StandardCharsets;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.common.FiscalYear;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;

    LeaseReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/reports/leases/{fiscalYear}")
    ResponseEntity<?> report(@PathVariable String fiscalYear,
                             @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = wantsCsv(format, accept);
        FiscalYear year = reportYear(fiscalYear);
        LeaseStatisticsReport report = queries.query(new FindLeaseStatisticsQuery(year.startYear()),
                ResponseTypes.instanceOf(LeaseStatisticsReport.class)).join();
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("leases-" + year + ".csv").build().toString())
                .body(LeaseReportCsv.render(report));
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.toLowerCase().contains("text/csv");
        }
        return switch (format.trim().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw QueryParameters.badRequest("format must be json or csv, was '" + format + "'");
        };
    }

    /** The report compares B with B − 1, so both must be fiscal years the system accepts. */
    private static FiscalYear reportYear(String raw) {
        int startYear = QueryParameters.integer("fiscalYear", raw);
        try {
            FiscalYear year = FiscalYear.of(startYear);
            year.previous();
            return year;
        } catch (IllegalArgumentException outOfRange) {
            throw QueryParameters.badRequest("no lease report for fiscal year " + startYear
                    + ": it and the year before must be fiscal years the system knows (" + outOfRange.getMessage() + ")");
        }
    }
}
