package org.smesupport.casework.query.lease;

import java.util.List;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.stereotype.Component;

/**
 * The lease report (section I-2), {@code /api/reports/leases/{fiscalYear}}. As CSV, as the annual report prints
 * it: one five-year table per section, then the rounding note.
 */
@Component
class LeaseReport extends FiscalYearReport<LeaseStatisticsReport> {

    static final String NAME = "leases";
    static final String CONTRACTS = "CONTRACTS";
    static final String CONTRACTS_BY_INDUSTRY = "CONTRACTS_BY_INDUSTRY";
    static final String RECEIVABLES = "RECEIVABLES";
    static final String SUBSIDIES = "SUBSIDIES";

    LeaseReport() {
        super(NAME, year -> new FindLeaseStatisticsQuery(year.startYear()), LeaseStatisticsReport.class,
                new ReportReplay<>(LeaseStatisticsProjection::new, (readModels, published, year) ->
                        new LeaseStatisticsQueryHandler(readModels, published)
                                .handle(new FindLeaseStatisticsQuery(year.startYear()))));
    }

    @Override
    protected String csv(LeaseStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        for (ReportTable table : tables(report)) {
            Csv.table(csv, table.title(), report.yearLabels(), report.yearALabel(), report.yearBLabel(), table.lines());
        }
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }

    @Override
    protected List<ReportTable> tables(LeaseStatisticsReport report) {
        return List.of(new ReportTable(CONTRACTS, "設備貸与", report.contracts()),
                new ReportTable(CONTRACTS_BY_INDUSTRY, "設備貸与 業種別", report.contractsByIndustry()),
                new ReportTable(RECEIVABLES, "債権管理", report.receivables()),
                new ReportTable(SUBSIDIES, "利息補助", report.subsidies()));
    }
}
