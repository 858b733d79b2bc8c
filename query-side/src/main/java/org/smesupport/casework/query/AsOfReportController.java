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
    private final AcceptedDates dates;

    AsOfReportController(AsOfReports asOf, AcceptedDates dates) {
        this.asOf = asOf;
        this.dates = dates;
    }

    @GetMapping("/api/reports/{report}/{fiscalYear}/as-of/{date}")
    ReportAsOf<?> report(@PathVariable String report, @PathVariable String fiscalYear, @PathVariable String date) {
        ReportReplay<?> replay = asOf.replay(report).orElseThrow(() -> QueryParameters.notFound(
                "no report named '" + report + "' to show as of a date"));
        FiscalYear year = FiscalYearReportController.year(report, fiscalYear);
        LocalDate day = QueryParameters.date("date", date, dates);
        return asOf.asOf(replay, year, day);
    }
}
