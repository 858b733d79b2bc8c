package org.smesupport.casework.web.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FindReportAsOfQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportAsOfView;
import org.smesupport.casework.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A report as it stood at the end of a past day (公表時点の報告書), e.g. the day it was published: its tables then and
 * every figure that has changed since, so a later correction shows as a difference to the published version.
 */
@Controller
class AsOfReportPages {

    private final QueryGateway queries;

    AsOfReportPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/reports/{report}/{fiscalYear}/as-of")
    String asOf(@PathVariable String report, @PathVariable int fiscalYear,
                @RequestParam(required = false) String date, Model model) {
        FiscalYear year = ReportPages.comparable(fiscalYear);
        model.addAttribute("name", report);
        model.addAttribute("fiscalYear", year);
        model.addAttribute("date", date);
        Optional<LocalDate> day = day(date);
        if (date != null && !date.isBlank() && day.isEmpty()) {
            model.addAttribute("invalidDate", true);
        }
        day.ifPresent(then -> model.addAttribute("view", Optional.ofNullable(queries.query(
                new FindReportAsOfQuery(report, year.startYear(), then), ResponseTypes.instanceOf(ReportAsOfView.class))
                .join()).orElseThrow(NotFound::new)));
        return "reports/asof";
    }

    private static Optional<LocalDate> day(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
