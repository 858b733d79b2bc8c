package org.smesupport.casework.query.matching;

import java.util.List;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.matching.FairReportRow;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.stereotype.Component;

/**
 * The business-matching report (section I-3), {@code /api/reports/matching/{fiscalYear}}. As CSV: the 個別あっせん
 * five-year table (the success rate in %, its B−A in points), the 商談会 table of year B (participants and
 * satisfaction % per side, meetings) closed by the year's total and the previous year's, then the note. The
 * exact yen and the answer counts behind each rate are in the JSON form.
 */
@Component
class MatchingReport extends FiscalYearReport<MatchingStatisticsReport> {

    static final String NAME = "matching";
    static final String MATCHING = "MATCHING";

    MatchingReport() {
        super(NAME, year -> new FindMatchingStatisticsQuery(year.startYear()), MatchingStatisticsReport.class,
                new ReportReplay<>(MatchingStatisticsProjection::new, (readModels, published, year) ->
                        new MatchingStatisticsQueryHandler(readModels, published)
                                .handle(new FindMatchingStatisticsQuery(year.startYear()))));
    }

    @Override
    protected String csv(MatchingStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        ReportTable matching = tables(report).get(0);
        Csv.table(csv, matching.title(), report.yearLabels(), report.yearALabel(), report.yearBLabel(), matching.lines());
        fairs(csv, report);
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }

    private static void fairs(StringBuilder csv, MatchingStatisticsReport report) {
        Csv.line(csv, "商談会 " + report.yearBLabel(), "名称", "開始日", "終了日", "形式", "重点分野",
                "発注企業", "発注企業 満足度 %", "受注企業", "受注企業 満足度 %", "商談件数");
        for (FairReportRow fair : report.fairs()) {
            Csv.line(csv, fair.fairId().value(), fair.name(), fair.startsOn(), fair.endsOn(), fair.format(), fair.focusArea(),
                    fair.ordering().participants(), fair.ordering().satisfactionPercent(),
                    fair.supplying().participants(), fair.supplying().satisfactionPercent(), fair.meetings());
        }
        Csv.line(csv, "TOTAL", "合計", null, null, null, null, null, null, null, null, report.meetings());
        Csv.line(csv, "PREVIOUS_YEAR", "前年度 合計 " + report.yearALabel(), null, null, null, null, null, null, null, null,
                report.previousYearMeetings());
        Csv.blankLine(csv);
    }

    @Override
    protected List<ReportTable> tables(MatchingStatisticsReport report) {
        return List.of(new ReportTable(MATCHING, "個別あっせん", report.matching()));
    }
}
