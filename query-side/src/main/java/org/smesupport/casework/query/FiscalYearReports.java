package org.smesupport.casework.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.FindReportCsvQuery;
import org.smesupport.casework.api.common.FindReportLayoutQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportCsv;
import org.smesupport.casework.api.common.ReportLayout;
import org.smesupport.casework.api.common.ReportLayoutLine;
import org.springframework.stereotype.Component;

/**
 * Every programme's {@link FiscalYearReport}, by name: answered as JSON or CSV over HTTP
 * ({@link FiscalYearReportController}) and as CSV on the query bus ({@link FindReportCsvQuery}, for the web
 * pages' download), so that both give the same file.
 */
@Component
class FiscalYearReports {

    private final QueryGateway queries;
    private final Map<String, FiscalYearReport<?>> reports;

    FiscalYearReports(QueryGateway queries, List<FiscalYearReport<?>> reports) {
        this.queries = queries;
        this.reports = reports.stream().collect(Collectors.toMap(FiscalYearReport::name, Function.identity()));
    }

    Optional<FiscalYearReport<?>> named(String name) {
        return Optional.ofNullable(reports.get(name));
    }

    /** The names, for a message about one that does not exist. */
    String names() {
        return String.join(", ", reports.keySet().stream().sorted().toList());
    }

    <R> R answer(FiscalYearReport<R> report, FiscalYear year) {
        return queries.query(report.query(year), ResponseTypes.instanceOf(report.answerType())).join();
    }

    <R> ReportCsv csv(FiscalYearReport<R> report, FiscalYear year) {
        return new ReportCsv(report.name() + "-" + year + ".csv", report.csv(answer(report, year)));
    }

    /** The report's tables and lines for the year, and whether the records cover it (for the published figures' import). */
    @QueryHandler
    ReportLayout handle(FindReportLayoutQuery query) {
        return named(query.report()).map(report -> layout(report, FiscalYear.of(query.fiscalYear())))
                .orElse(new ReportLayout(query.report(), false, List.of(names().split(", ")), query.fiscalYear(),
                        List.of()));
    }

    private <R> ReportLayout layout(FiscalYearReport<R> report, FiscalYear year) {
        List<ReportLayoutLine> lines = report.tables(answer(report, year)).stream()
                .flatMap(table -> table.lines().stream().map(line -> new ReportLayoutLine(table.code(), line.code(),
                        line.label(), line.unit(), line.b().source() == null)))
                .toList();
        return new ReportLayout(report.name(), true, List.of(names().split(", ")), year.startYear(), lines);
    }

    @QueryHandler
    ReportCsv handle(FindReportCsvQuery query) {
        return named(query.report()).map(report -> csv(report, FiscalYear.of(query.fiscalYear()))).orElse(null);
    }
}
