package org.smesupport.casework.query.restructuring;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.restructuring.RestructuringStatisticsProjection;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The restructuring report rebuilt from the event log alone, for the report as it stood on a past date. */
@Component
class RestructuringReportReplay implements ReportReplay<RestructuringStatisticsReport> {

    private final RestructuringReport report;
    private final int cacheSize;

    RestructuringReportReplay(RestructuringReport report, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.report = report;
        this.cacheSize = cacheSize;
    }

    @Override
    public String name() {
        return report.name();
    }

    @Override
    public Object projection(MongoDatabase readModels) {
        return new RestructuringStatisticsProjection(readModels, cacheSize);
    }

    @Override
    public RestructuringStatisticsReport build(MongoDatabase readModels, FiscalYear year, PublishedSource published) {
        return new RestructuringStatisticsQueryHandler(readModels, published)
                .handle(new FindRestructuringStatisticsQuery(year.startYear()));
    }

    @Override
    public List<ReportTable> tables(RestructuringStatisticsReport figures) {
        return report.tables(figures);
    }
}
