package org.smesupport.casework.query.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
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
import org.smesupport.casework.projection.consultation.StatisticsFields;
import org.smesupport.casework.query.PresentationRounding;
import org.springframework.stereotype.Component;

/**
 * Builds the consultation report from the per-year statistics documents: at most five documents, read
 * by {@code _id}. A year without a document is a year without consultations: all zeros.
 */
@Component
class ConsultationStatisticsQueryHandler {

    private static final int SERIES_YEARS = 5;

    private final MongoCollection<Document> statistics;

    ConsultationStatisticsQueryHandler(MongoDatabase readModels) {
        this.statistics = readModels.getCollection(ConsultationStatisticsProjection.COLLECTION);
    }

    @QueryHandler
    ConsultationStatisticsReport handle(FindConsultationStatisticsQuery query) {
        FiscalYear yearB = FiscalYear.of(query.fiscalYear());
        FiscalYear yearA = yearB.previous();
        List<FiscalYear> series = seriesEndingAt(yearB);
        Map<FiscalYear, YearCounts> counts = load(series);
        YearCounts a = counts.get(yearA);
        YearCounts b = counts.get(yearB);

        List<ConsultationCategoryRow> categories = Arrays.stream(ConsultationCategory.values())
                .map(category -> categoryRow(category.name(), category.label(),
                        a.sessions(category), a.totalSessions(), b.sessions(category), b.totalSessions()))
                .toList();
        ConsultationCategoryRow total = categoryRow("TOTAL", "合計",
                a.totalSessions(), a.totalSessions(), b.totalSessions(), b.totalSessions());
        List<ConsultationComparisonRow> desks = Arrays.stream(Desk.values())
                .map(desk -> comparisonRow(desk.name(), desk.label(), a.sessions(desk), b.sessions(desk)))
                .toList();
        ConsultationComparisonRow lawyer = comparisonRow("LAWYER_CONSULTATIONS", "うち弁護士相談",
                a.lawyerConsultations(Desk.SUBCONTRACTING), b.lawyerConsultations(Desk.SUBCONTRACTING));
        ConsultationComparisonRow onSite = comparisonRow("ON_SITE_SESSIONS", Desk.ON_SITE.label(),
                a.onSiteSessions(), b.onSiteSessions());
        List<ConsultationComparisonRow> dispatches = Arrays.stream(ExpertDispatchKind.values())
                .map(kind -> comparisonRow(kind.name(), kind.label(), a.dispatches(kind), b.dispatches(kind)))
                .toList();
        List<FiscalYearCount> fiveYears = series.stream()
                .map(year -> new FiscalYearCount(year.startYear(), year.label(), counts.get(year).totalSessions()))
                .toList();
        return new ConsultationStatisticsReport(yearB.startYear(), yearA.label(), yearB.label(),
                categories, total, desks, lawyer, onSite, dispatches, fiveYears);
    }

    /** B − 4 … B, leaving out years before the first fiscal year the system knows. */
    private static List<FiscalYear> seriesEndingAt(FiscalYear yearB) {
        LinkedList<FiscalYear> years = new LinkedList<>();
        for (FiscalYear year = yearB; year != null && years.size() < SERIES_YEARS; year = previousOrNull(year)) {
            years.addFirst(year);
        }
        return years;
    }

    private static FiscalYear previousOrNull(FiscalYear year) {
        try {
            return year.previous();
        } catch (IllegalArgumentException beforeFirstYear) {
            return null;
        }
    }

    private Map<FiscalYear, YearCounts> load(List<FiscalYear> years) {
        List<String> ids = years.stream().map(ConsultationStatisticsProjection::documentId).toList();
        Map<FiscalYear, YearCounts> counts = new HashMap<>();
        years.forEach(year -> counts.put(year, YearCounts.of(null)));
        // A handful of documents in a collection of one document per year: an $in scan costs nothing.
        statistics.find(Filters.in("_id", ids)).forEach(document ->
                counts.put(FiscalYear.of(document.getInteger(StatisticsFields.FISCAL_YEAR)), YearCounts.of(document)));
        return counts;
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
