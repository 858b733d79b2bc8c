package org.smesupport.casework.query.lease;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The leases report rebuilt from the event log alone, for the report as it stood on a past date. */
@Component
class LeaseReportReplay implements ReportReplay<LeaseStatisticsReport> {

    private final LeaseReport report;
    private final int cacheSize;

    LeaseReportReplay(LeaseReport report, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.report = report;
        this.cacheSize = cacheSize;
    }

    @Override
    public String name() {
        return report.name();
    }

    @Override
    public Object projection(MongoDatabase readModels) {
        return new LeaseStatisticsProjection(readModels, cacheSize);
    }

    @Override
    public LeaseStatisticsReport build(MongoDatabase readModels, FiscalYear year, PublishedSource published) {
        return new LeaseStatisticsQueryHandler(readModels, published)
                .handle(new FindLeaseStatisticsQuery(year.startYear()));
    }

    @Override
    public List<ReportTable> tables(LeaseStatisticsReport figures) {
        return report.tables(figures);
    }
}
