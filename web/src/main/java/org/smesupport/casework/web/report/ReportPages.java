package org.smesupport.casework.web.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FindReportCsvQuery;
import org.smesupport.casework.api.common.FindRebuildsQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.smesupport.casework.api.common.Rebuilds;
import org.smesupport.casework.api.common.ReportCsv;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.fiscalyear.FindFiscalYearStatusQuery;
import org.smesupport.casework.api.fiscalyear.FiscalYearStatus;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report's tables, laid out as the published report prints them (千円, B−A with △ for negatives, B/A %,
 * five-year columns with a bar chart of each line), printable on A4, and each as CSV for Excel.
 */
@Controller
class ReportPages {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The reports in the order of the published report's sections. */
    private static final List<String> REPORTS = List.of("consultations", "leases", "matching", "restructuring");
    private static final int YEARS_LISTED = 5;
    /** A report compares B with A = B − 1, and the system knows no year before 1990. */
    private static final int FIRST_COMPARABLE_YEAR = 1990;

    private final QueryGateway queries;
    private final PageQueries pages;

    ReportPages(QueryGateway queries, PageQueries pages) {
        this.queries = queries;
        this.pages = pages;
    }

    /** Every report of a fiscal year (the business date's unless one is chosen) and of the four years before it. */
    @GetMapping("/reports")
    String index(@RequestParam(required = false) Integer fiscalYear, Model model) {
        FiscalYear year = fiscalYear == null ? FiscalYear.containing(pages.businessDate().businessDate())
                : comparable(fiscalYear);
        model.addAttribute("years", Stream.iterate(year, y -> y.startYear() > FIRST_COMPARABLE_YEAR,
                FiscalYear::previous).limit(YEARS_LISTED).toList());
        model.addAttribute("reports", REPORTS);
        PlanPeriod.containing(year.startYear()).ifPresent(plan -> model.addAttribute("plan", plan));
        return "reports/index";
    }

    @GetMapping("/reports/consultations/{fiscalYear}")
    String consultations(@PathVariable int fiscalYear, Model model) {
        return page("consultations", fiscalYear, new FindConsultationStatisticsQuery(comparable(fiscalYear).startYear()),
                ConsultationStatisticsReport.class, model);
    }

    @GetMapping("/reports/leases/{fiscalYear}")
    String leases(@PathVariable int fiscalYear, Model model) {
        return page("leases", fiscalYear, new FindLeaseStatisticsQuery(comparable(fiscalYear).startYear()),
                LeaseStatisticsReport.class, model);
    }

    @GetMapping("/reports/matching/{fiscalYear}")
    String matching(@PathVariable int fiscalYear, Model model) {
        return page("matching", fiscalYear, new FindMatchingStatisticsQuery(comparable(fiscalYear).startYear()),
                MatchingStatisticsReport.class, model);
    }

    @GetMapping("/reports/restructuring/{fiscalYear}")
    String restructuring(@PathVariable int fiscalYear, Model model) {
        return page("restructuring", fiscalYear, new FindRestructuringStatisticsQuery(comparable(fiscalYear).startYear()),
                RestructuringStatisticsReport.class, model);
    }

    /**
     * The year's whole annual report as one printable document: every report's tables in the published report's
     * order of sections (I-1, I-2, I-3, I-7), each section starting a new sheet when printed, under one statement of
     * whether the year's figures are final and of any read model being rebuilt behind them.
     */
    @GetMapping("/reports/annual/{fiscalYear}")
    String annual(@PathVariable int fiscalYear, Model model) {
        int year = comparable(fiscalYear).startYear();
        model.addAttribute("consultations", ask(new FindConsultationStatisticsQuery(year),
                ConsultationStatisticsReport.class));
        model.addAttribute("leases", ask(new FindLeaseStatisticsQuery(year), LeaseStatisticsReport.class));
        model.addAttribute("matching", ask(new FindMatchingStatisticsQuery(year), MatchingStatisticsReport.class));
        model.addAttribute("restructuring", ask(new FindRestructuringStatisticsQuery(year),
                RestructuringStatisticsReport.class));
        model.addAttribute("fiscalYear", FiscalYear.of(year));
        model.addAttribute("figures", ask(new FindFiscalYearStatusQuery(year), FiscalYearStatus.class));
        model.addAttribute("rebuilds", REPORTS.stream().flatMap(name -> ask(new FindRebuildsQuery(
                "/api/reports/" + name + "/" + year), Rebuilds.class).inProgress().stream()).distinct().toList());
        return "reports/annual";
    }

    /**
     * A report page, saying (on screen and on paper) whether the year's figures are final or may still change, and
     * whether a read model behind them is being rebuilt, so provisional or partial figures cannot pass for final.
     */
    private String page(String name, int fiscalYear, Object query, Class<?> answer, Model model) {
        model.addAttribute("report", ask(query, answer));
        model.addAttribute("figures", ask(new FindFiscalYearStatusQuery(fiscalYear), FiscalYearStatus.class));
        model.addAttribute("rebuilds", ask(new FindRebuildsQuery("/api/reports/" + name + "/" + fiscalYear),
                Rebuilds.class).inProgress());
        return "reports/" + name;
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
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
    static FiscalYear comparable(int startYear) {
        try {
            FiscalYear year = FiscalYear.of(startYear);
            year.previous();
            return year;
        } catch (IllegalArgumentException outOfRange) {
            throw new NotFound();
        }
    }
}
