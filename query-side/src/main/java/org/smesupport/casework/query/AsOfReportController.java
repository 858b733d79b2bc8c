package org.smesupport.casework.query;

import java.time.LocalDate;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fiscal-year report as it stood at the end of a past day ({@link AsOfReports}), e.g. as published on
 * 2021-05-31: {@code GET /api/reports/{report}/{fiscalYear}/as-of/{date}}, JSON, with the figures changed since.
 */
@RestController
class AsOfReportController {

    private final AsOfReports asOf;
    private final FiscalYearReports reports;
    private final AcceptedDates dates;

    AsOfReportController(AsOfReports asOf, FiscalYearReports reports, AcceptedDates dates) {
        this.asOf = asOf;
        this.reports = reports;
        this.dates = dates;
    }

    /**
     * Shows a fiscal-year report as it stood at the end of a past day.
     * It lists the figures that have changed since; it replays the whole event log, so it takes a while.
     *
     * @param report     the report: {@code consultations}, {@code leases}, {@code matching} or {@code restructuring}
     * @param fiscalYear the year it starts in: 2020 for FY2020
     * @param date       the day, {@code YYYY-MM-DD}, as of whose end the report is rebuilt
     */
    @GetMapping("/api/reports/{report}/{fiscalYear}/as-of/{date}")
    ReportAsOf<?> report(@PathVariable String report, @PathVariable String fiscalYear, @PathVariable String date) {
        FiscalYearReport<?> definition = reports.named(report).orElseThrow(() -> QueryParameters.notFound(
                "no report named '" + report + "'; the reports are " + reports.names()));
        FiscalYear year = FiscalYearReportController.year(report, fiscalYear);
        LocalDate day = QueryParameters.date("date", date, dates);
        return asOf.asOf(definition, year, day);
    }
}
