package org.smesupport.casework.query.restructuring;

import java.util.List;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.stereotype.Component;

/**
 * The succession and restructuring report (section I-7), {@code /api/reports/restructuring/{fiscalYear}}. As
 * CSV: one five-year table per table of the report, headed by its title, then the note.
 */
@Component
class RestructuringReport extends FiscalYearReport<RestructuringStatisticsReport> {

    static final String NAME = "restructuring";

    RestructuringReport() {
        super(NAME, year -> new FindRestructuringStatisticsQuery(year.startYear()), RestructuringStatisticsReport.class,
                new ReportReplay<>(RestructuringStatisticsProjection::new, (readModels, published, year) ->
                        new RestructuringStatisticsQueryHandler(readModels, published)
                                .handle(new FindRestructuringStatisticsQuery(year.startYear()))));
    }

    @Override
    protected String csv(RestructuringStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        for (ReportTable table : tables(report)) {
            Csv.table(csv, table.title(), report.yearLabels(), report.yearALabel(), report.yearBLabel(), table.lines());
        }
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }

    @Override
    protected List<ReportTable> tables(RestructuringStatisticsReport report) {
        return report.tables();
    }
}
