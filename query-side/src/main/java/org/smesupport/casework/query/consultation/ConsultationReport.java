package org.smesupport.casework.query.consultation;

import java.util.List;
import java.util.stream.Stream;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.ConsultationComparisonRow;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.springframework.stereotype.Component;

/**
 * The consultation report (section I-1), {@code /api/reports/consultations/{fiscalYear}}. As CSV: one table per section, each with its own header row, separated by a blank line.
 * Numbers are plain (negative with a minus sign, not △), percentages with one decimal, an undefined
 * percentage is an empty cell. Fields are quoted per RFC 4180 where needed.
 */
@Component
class ConsultationReport extends FiscalYearReport<ConsultationStatisticsReport> {

    static final String NAME = "consultations";

    ConsultationReport() {
        super(NAME, year -> new FindConsultationStatisticsQuery(year.startYear()), ConsultationStatisticsReport.class);
    }

    @Override
    protected String csv(ConsultationStatisticsReport report) {
        String a = "A " + report.yearALabel();
        String b = "B " + report.yearBLabel();
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, "相談分野", Csv.LABEL, a, "構成比 A %", b, "構成比 B %", "B-A", "B/A %");
        Stream.concat(report.categories().stream(), Stream.of(report.total())).forEach(row -> Csv.line(csv,
                row.code(), row.label(), row.countA(), row.shareA(), row.countB(), row.shareB(), row.difference(), row.ratio()));
        comparisons(csv, "窓口", a, b, report.desks());
        comparisons(csv, "弁護士相談・現地相談", a, b, List.of(report.lawyerConsultations(), report.onSiteSessions()));
        comparisons(csv, "専門家派遣", a, b, report.expertDispatches());
        Csv.blankLine(csv);
        Csv.line(csv, "年度", Csv.LABEL, "相談件数");
        report.fiveYearSessions().forEach(year -> Csv.line(csv, year.fiscalYear(), year.label(), year.count()));
        return csv.toString();
    }

    private static void comparisons(StringBuilder csv, String heading, String a, String b,
                                    List<ConsultationComparisonRow> rows) {
        Csv.blankLine(csv);
        Csv.line(csv, heading, Csv.LABEL, a, b, "B-A", "B/A %");
        rows.forEach(row -> Csv.line(csv, row.code(), row.label(), row.countA(), row.countB(), row.difference(), row.ratio()));
    }

    /** The consultation tables compare A with B only; the five-year sessions are not a line of figures. */
    @Override
    protected List<ReportTable> tables(ConsultationStatisticsReport report) {
        return List.of();
    }
}
