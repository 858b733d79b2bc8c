package org.smesupport.casework.web.report;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The annual report's tables, laid out as the published report prints them (B−A with △ for negatives). */
@Controller
class ReportPages {

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
