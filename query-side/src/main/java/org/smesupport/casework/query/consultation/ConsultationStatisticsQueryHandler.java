package org.smesupport.casework.query.consultation;

import static org.smesupport.casework.projection.consultation.StatisticsFields.DISPATCHES_BY_KIND;
import static org.smesupport.casework.projection.consultation.StatisticsFields.LAWYER_CONSULTATIONS_BY_DESK;
import static org.smesupport.casework.projection.consultation.StatisticsFields.ON_SITE_SESSIONS;
import static org.smesupport.casework.projection.consultation.StatisticsFields.SESSIONS_BY_CATEGORY;
import static org.smesupport.casework.projection.consultation.StatisticsFields.SESSIONS_BY_DESK;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationCategoryRow;
import org.smesupport.casework.api.consultation.ConsultationComparisonRow;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.consultation.FiscalYearCount;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.query.FiveYearTable;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.PresentationRounding;
import org.smesupport.casework.query.YearFigures;
import org.springframework.stereotype.Component;

/**
 * Builds the consultation report from the per-year statistics documents: at most five documents, read
 * by {@code _id}. A year without a document is a year without consultations: all zeros.
 */
@Component
class ConsultationStatisticsQueryHandler {

    private final MongoCollection<Document> statistics;
    private final PublishedSource published;

    ConsultationStatisticsQueryHandler(MongoDatabase readModels, PublishedSource published) {
        this.statistics = readModels.getCollection(ConsultationStatisticsProjection.COLLECTION);
        this.published = published;
    }

    @QueryHandler
    ConsultationStatisticsReport handle(FindConsultationStatisticsQuery query) {
        FiveYearTable table = FiveYearTable.of(statistics, FiscalYear.of(query.fiscalYear()),
                ConsultationStatisticsProjection::documentId, published.columns(ConsultationReport.NAME));
        YearFigures a = table.figures(table.yearA());
        YearFigures b = table.figures(table.yearB());

        List<ConsultationCategoryRow> categories = Arrays.stream(ConsultationCategory.values())
                .map(category -> categoryRow(category.name(), category.label(),
                        a.count(SESSIONS_BY_CATEGORY, category.name()), a.sum(SESSIONS_BY_CATEGORY),
                        b.count(SESSIONS_BY_CATEGORY, category.name()), b.sum(SESSIONS_BY_CATEGORY)))
                .toList();
        ConsultationCategoryRow total = categoryRow("TOTAL", "合計", a.sum(SESSIONS_BY_CATEGORY),
                a.sum(SESSIONS_BY_CATEGORY), b.sum(SESSIONS_BY_CATEGORY), b.sum(SESSIONS_BY_CATEGORY));
        List<ConsultationComparisonRow> desks = Arrays.stream(Desk.values())
                .map(desk -> comparisonRow(desk.name(), desk.label(), a.count(SESSIONS_BY_DESK, desk.name()),
                        b.count(SESSIONS_BY_DESK, desk.name())))
                .toList();
        String subcontracting = Desk.SUBCONTRACTING.name();
        ConsultationComparisonRow lawyer = comparisonRow("LAWYER_CONSULTATIONS", "うち弁護士相談",
                a.count(LAWYER_CONSULTATIONS_BY_DESK, subcontracting), b.count(LAWYER_CONSULTATIONS_BY_DESK, subcontracting));
        ConsultationComparisonRow onSite = comparisonRow("ON_SITE_SESSIONS", Desk.ON_SITE.label(),
                a.count(ON_SITE_SESSIONS), b.count(ON_SITE_SESSIONS));
        List<ConsultationComparisonRow> dispatches = Arrays.stream(ExpertDispatchKind.values())
                .map(kind -> comparisonRow(kind.name(), kind.label(), a.count(DISPATCHES_BY_KIND, kind.name()),
                        b.count(DISPATCHES_BY_KIND, kind.name())))
                .toList();
        List<FiscalYearCount> fiveYears = table.series().stream()
                .map(year -> new FiscalYearCount(year.startYear(), year.label(),
                        table.figures(year).sum(SESSIONS_BY_CATEGORY)))
                .toList();
        return new ConsultationStatisticsReport(table.yearB().startYear(), table.yearA().label(),
                table.yearB().label(), categories, total, desks, lawyer, onSite, dispatches, fiveYears);
    }

    private static ConsultationCategoryRow categoryRow(String code, String label, long countA, long totalA,
                                                       long countB, long totalB) {
        return new ConsultationCategoryRow(code, label, countA, PresentationRounding.percent(countA, totalA),
                countB, PresentationRounding.percent(countB, totalB), countB - countA, PresentationRounding.percent(countB, countA));
    }

    private static ConsultationComparisonRow comparisonRow(String code, String label, long countA, long countB) {
        return new ConsultationComparisonRow(code, label, countA, countB, countB - countA, PresentationRounding.percent(countB, countA));
    }
}
