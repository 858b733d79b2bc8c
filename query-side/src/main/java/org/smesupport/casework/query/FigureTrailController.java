package org.smesupport.casework.query;

import java.util.List;
import org.smesupport.casework.api.common.FigureRecords;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.PersonalDataReaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drill-down of a fiscal-year report ({@link FigureTrail}): the records behind one figure of the year,
 * {@code GET /api/reports/{report}/{fiscalYear}/figures/{table}/{line}?page=&size=}, and the self-check of the
 * whole report against its records, {@code GET /api/reports/{report}/{fiscalYear}/self-check}. A figure of an
 * earlier column of the five-year table is drilled into under its own year.
 */
@RestController
class FigureTrailController {

    private static final String DEFAULT_SIZE = "50";

    private final FigureTrail trail;
    private final FiscalYearReports reports;

    FigureTrailController(FigureTrail trail, FiscalYearReports reports) {
        this.trail = trail;
        this.reports = reports;
    }

    /**
     * Lists the records behind one figure of a fiscal-year report (drill-down).
     * The list is paged; the people in the records are shown only to the staff who work the cases and to auditors.
     *
     * @param report     the report: {@code consultations}, {@code leases}, {@code matching} or {@code restructuring}
     * @param fiscalYear the year it starts in: 2020 for FY2020
     * @param table      the report's table that holds the figure
     * @param line       the figure's line in that table; a 404 lists the lines that drill down
     */
    @GetMapping("/api/reports/{report}/{fiscalYear}/figures/{table}/{line}")
    FigureRecords records(@PathVariable String report, @PathVariable String fiscalYear, @PathVariable String table,
                          @PathVariable String line, @RequestParam(defaultValue = "0") String page,
                          @RequestParam(defaultValue = DEFAULT_SIZE) String size, Authentication reader) {
        FiscalYearReport<?> definition = report(report);
        FiscalYear year = FiscalYearReportController.year(report, fiscalYear);
        int pageNumber = QueryParameters.page(page);
        int pageSize = QueryParameters.size(size);
        return trail.records(definition, year, table, line, pageNumber, pageSize, PersonalDataReaders.includeAny(authorities(reader)))
                .orElseThrow(() ->
                QueryParameters.notFound(("the report '%s' has no line '%s' in a table '%s' that drills down; its "
                        + "lines are %s (a rate drills down through its part and whole)").formatted(report, line, table,
                        String.join(", ", trail.lines(definition, year)))));
    }

    /**
     * Checks the report's five-year tables against the records behind them.
     *
     * @param report     the report: {@code consultations}, {@code leases}, {@code matching} or {@code restructuring}
     * @param fiscalYear the year it starts in: 2020 for FY2020
     */
    @GetMapping("/api/reports/{report}/{fiscalYear}/self-check")
    ReportSelfCheck selfCheck(@PathVariable String report, @PathVariable String fiscalYear) {
        return trail.selfCheck(report(report), FiscalYearReportController.year(report, fiscalYear));
    }

    private static List<String> authorities(Authentication reader) {
        return reader == null ? List.of()
                : reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private FiscalYearReport<?> report(String name) {
        return reports.named(name).orElseThrow(() -> QueryParameters.notFound(
                "no report named '" + name + "'; the reports are " + reports.names()));
    }
}
