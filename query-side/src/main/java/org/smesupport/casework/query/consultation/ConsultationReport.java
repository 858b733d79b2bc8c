package org.smesupport.casework.query.consultation;

import java.util.List;
import java.util.stream.Stream;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.stereotype.Component;

/**
 * The consultation report (section I-1), {@code /api/reports/consultations/{fiscalYear}}. As CSV: the five-year
 * tables in the report's order, each headed by its title, with 相談内容内訳 (A and B with their shares, rounded
 * half-up; an undefined percentage is an empty cell; A before the records "―") after ワンストップ相談 as the report
 * prints it, then the note.
 */
@Component
class ConsultationReport extends FiscalYearReport<ConsultationStatisticsReport> {

    static final String NAME = "consultations";

    ConsultationReport() {
        super(NAME, year -> new FindConsultationStatisticsQuery(year.startYear()), ConsultationStatisticsReport.class,
                new ReportReplay<>(ConsultationStatisticsProjection::new, (readModels, published, year) ->
                        new ConsultationStatisticsQueryHandler(readModels, published)
                                .handle(new FindConsultationStatisticsQuery(year.startYear()))));
    }

    @Override
    protected String csv(ConsultationStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        for (ReportTable table : tables(report)) {
            Csv.table(csv, table.title(), report.yearLabels(), report.yearALabel(), report.yearBLabel(), table.lines());
            if (table.code().equals(ConsultationLines.ONE_STOP)) {
                categories(csv, report);
            }
        }
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }

    private static void categories(StringBuilder csv, ConsultationStatisticsReport report) {
        Csv.line(csv, "相談内容内訳", Csv.LABEL, report.yearALabel() + " (A)", "構成比 A %", report.yearBLabel() + " (B)",
                "構成比 B %", "B-A", "B/A %");
        Stream.concat(report.categories().stream(), Stream.of(report.total())).forEach(row -> Csv.line(csv,
                row.code(), row.label(), row.countA() == null ? Csv.NO_FIGURE : row.countA(), row.shareA(),
                row.countB(), row.shareB(), row.difference(), row.ratio()));
        Csv.blankLine(csv);
    }

    @Override
    protected List<ReportTable> tables(ConsultationStatisticsReport report) {
        return report.tables();
    }
}
