package org.smesupport.casework.query;

import java.util.List;
import java.util.function.Function;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * A fiscal-year report of the annual report, served by {@link FiscalYearReportController} at
 * {@code /api/reports/{name}/{fiscalYear}} as JSON or CSV. A programme declares its report as a Spring bean
 * extending this: its name, the query that builds it (answered by the programme's query handler), the answer's
 * type, how it is rebuilt from the event log for a past date ({@link ReportReplay}), its CSV layout and its
 * five-year tables. The read model behind it belongs in {@link ReadModelSources}.
 *
 * @param <R> the report's type, as the query handler answers it
 */
public abstract class FiscalYearReport<R> {

    private final String name;
    private final Function<FiscalYear, Object> query;
    private final Class<R> answerType;
    private final ReportReplay<R> replay;

    /**
     * @param name the report's name in its path and in the CSV file's name, e.g. {@code leases}
     * @param query the query for year B (compared with A = B − 1)
     */
    protected FiscalYearReport(String name, Function<FiscalYear, Object> query, Class<R> answerType,
                               ReportReplay<R> replay) {
        this.name = name;
        this.query = query;
        this.answerType = answerType;
        this.replay = replay;
    }

    public final String name() {
        return name;
    }

    final Object query(FiscalYear yearB) {
        return query.apply(yearB);
    }

    /** The report's type as JSON answers it (named in the API's document). */
    public final Class<R> answerType() {
        return answerType;
    }

    final ReportReplay<R> replay() {
        return replay;
    }

    /** The report as CSV (RFC 4180, see {@link Csv}). */
    protected abstract String csv(R report);

    /**
     * The report's five-year tables, each under the code its lines' published figures are keyed by
     * ({@code table.line}); none for a report without five-year lines.
     */
    protected abstract List<ReportTable> tables(R report);
}
