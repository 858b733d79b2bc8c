package org.smesupport.casework.query;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every fiscal-year report endpoint shares: the year parameter (B, compared with B − 1, so both
 * must be fiscal years the system accepts) and the format, JSON by default or CSV
 * ({@code ?format=csv} or {@code Accept: text/csv}, sent as a download).
 */
public final class FiscalYearReports {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private FiscalYearReports() {
    }

    public static FiscalYear year(String report, String raw) {
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

    public static boolean wantsCsv(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.toLowerCase().contains("text/csv");
        }
        return switch (format.trim().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw QueryParameters.badRequest("format must be json or csv, was '" + format + "'");
        };
    }

    public static <T> ResponseEntity<?> respond(String fileName, FiscalYear year, boolean csv, T report,
                                                Function<T, String> csvRenderer) {
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + "-" + year + ".csv").build().toString())
                .body(csvRenderer.apply(report));
    }
}
