package org.smesupport.casework.query.consultation;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.ReportReplay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The consultations report rebuilt from the event log alone, for the report as it stood on a past date. */
@Component
class ConsultationReportReplay implements ReportReplay<ConsultationStatisticsReport> {

    private final ConsultationReport report;
    private final int cacheSize;

    ConsultationReportReplay(ConsultationReport report, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.report = report;
        this.cacheSize = cacheSize;
    }

    @Override
    public String name() {
        return report.name();
    }

    @Override
    public Object projection(MongoDatabase readModels) {
        return new ConsultationStatisticsProjection(readModels, cacheSize);
    }

    @Override
    public ConsultationStatisticsReport build(MongoDatabase readModels, FiscalYear year, PublishedSource published) {
        return new ConsultationStatisticsQueryHandler(readModels, published)
                .handle(new FindConsultationStatisticsQuery(year.startYear()));
    }

    @Override
    public List<ReportTable> tables(ConsultationStatisticsReport figures) {
        return report.tables(figures);
    }
}
