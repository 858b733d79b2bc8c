package org.smesupport.casework.query.restructuring;

import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.springframework.stereotype.Component;

/**
 * The succession and restructuring report (section I-7), {@code /api/reports/restructuring/{fiscalYear}}. As
 * CSV: one five-year table per table of the report, headed by its title, then the note.
 */
@Component
class RestructuringReport extends FiscalYearReport<RestructuringStatisticsReport> {

    RestructuringReport() {
        super("restructuring", year -> new FindRestructuringStatisticsQuery(year.startYear()), RestructuringStatisticsReport.class);
    }

    @Override
    protected String csv(RestructuringStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        for (ReportTable table : report.tables()) {
            Csv.table(csv, table.title(), report.yearLabels(), report.yearALabel(), report.yearBLabel(), table.lines());
        }
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }
}
