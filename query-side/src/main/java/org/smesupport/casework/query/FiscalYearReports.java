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
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportCsv;
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

    @QueryHandler
    ReportCsv handle(FindReportCsvQuery query) {
        return named(query.report()).map(report -> csv(report, FiscalYear.of(query.fiscalYear()))).orElse(null);
    }
}
