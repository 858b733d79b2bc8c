package org.smesupport.casework.query.lease;

import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.query.Csv;
import org.smesupport.casework.query.FiscalYearReport;
import org.springframework.stereotype.Component;

/**
 * The lease report (section I-2), {@code /api/reports/leases/{fiscalYear}}. As CSV, as the annual report prints
 * it: one five-year table per section, then the rounding note.
 */
@Component
class LeaseReport extends FiscalYearReport<LeaseStatisticsReport> {

    LeaseReport() {
        super("leases", year -> new FindLeaseStatisticsQuery(year.startYear()), LeaseStatisticsReport.class);
    }

    @Override
    protected String csv(LeaseStatisticsReport report) {
        StringBuilder csv = new StringBuilder();
        Csv.table(csv, "設備貸与", report.yearLabels(), report.yearALabel(), report.yearBLabel(), report.contracts());
        Csv.table(csv, "設備貸与 業種別", report.yearLabels(), report.yearALabel(), report.yearBLabel(),
                report.contractsByIndustry());
        Csv.table(csv, "債権管理", report.yearLabels(), report.yearALabel(), report.yearBLabel(), report.receivables());
        Csv.table(csv, "利息補助", report.yearLabels(), report.yearALabel(), report.yearBLabel(), report.subsidies());
        Csv.line(csv, Csv.NOTE, report.note());
        return csv.toString();
    }
}
