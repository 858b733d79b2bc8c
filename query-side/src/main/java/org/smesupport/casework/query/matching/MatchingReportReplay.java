package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.matching.MatchingStatisticsProjection;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The matching report rebuilt from the event log alone, for the report as it stood on a past date. */
@Component
class MatchingReportReplay implements ReportReplay<MatchingStatisticsReport> {

    private final MatchingReport report;
    private final int cacheSize;

    MatchingReportReplay(MatchingReport report, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.report = report;
        this.cacheSize = cacheSize;
    }

    @Override
    public String name() {
        return report.name();
    }

    @Override
    public Object projection(MongoDatabase readModels) {
        return new MatchingStatisticsProjection(readModels, cacheSize);
    }

    @Override
    public MatchingStatisticsReport build(MongoDatabase readModels, FiscalYear year, PublishedSource published) {
        return new MatchingStatisticsQueryHandler(readModels, published)
                .handle(new FindMatchingStatisticsQuery(year.startYear()));
    }

    @Override
    public List<ReportTable> tables(MatchingStatisticsReport figures) {
        return report.tables(figures);
    }
}
