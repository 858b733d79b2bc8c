package org.smesupport.casework.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FigureRecords;
import org.smesupport.casework.api.common.FindFigureRecordsQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.PersonalDataReaders;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageHeader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The drill-down of a report's figure: the records behind it, fifty to a page, oldest first, each with how much it
 * moved the figure, so a reader can count them against the figure the report prints. The report pages link every
 * figure counted from the records here.
 */
@Controller
class FigureRecordPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final ZoneId zone;
    private final ObjectMapper json;

    FigureRecordPages(QueryGateway queries, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone, ObjectMapper json) {
        this.queries = queries;
        this.zone = zone;
        this.json = json;
    }

    @GetMapping("/reports/{report}/{fiscalYear}/figures/{table}/{line}")
    String records(@PathVariable String report, @PathVariable int fiscalYear, @PathVariable String table,
                   @PathVariable String line, @RequestParam(defaultValue = "0") int page, Authentication reader,
                   Model model) {
        if (page < 0) {
            throw new NotFound();
        }
        FigureRecords figure = Optional.ofNullable(queries.query(new FindFigureRecordsQuery(report,
                known(fiscalYear).startYear(), table, line, page, PAGE_SIZE,
                PersonalDataReaders.includeAny(PageHeader.roles(reader))),
                ResponseTypes.instanceOf(FigureRecords.class)).join()).orElseThrow(NotFound::new);
        model.addAttribute("figure", figure);
        model.addAttribute("rows", figure.items().stream().map(item -> FigureRecordRow.of(item, zone, json)).toList());
        model.addAttribute("lastPage", Math.max(0, (figure.records() - 1) / PAGE_SIZE));
        return "reports/figure";
    }

    private static FiscalYear known(int startYear) {
        try {
            return FiscalYear.of(startYear);
        } catch (IllegalArgumentException outOfRange) {
            throw new NotFound();
        }
    }
}
