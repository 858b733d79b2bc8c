package org.smesupport.casework.projection.consultation;

import static org.smesupport.casework.projection.FiscalYearStatistics.add;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.projection.FiscalYearStatistics;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.StatisticsProjection;
import org.smesupport.casework.projection.YearChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Consultation statistics, one document per fiscal year ({@code consultations:FY2020}, {@link StatisticsFields};
 * see {@link FiscalYearStatistics}). A case closed, reopened and closed again counts as closed twice: the
 * counter counts closings.
 */
@Component
@ProcessingGroup(ConsultationStatisticsProjection.PROCESSING_GROUP)
public class ConsultationStatisticsProjection implements StatisticsProjection {

    static final String PROCESSING_GROUP = "consultation-statistics";
    public static final String COLLECTION = "consultation_statistics";

    private final FiscalYearStatistics statistics;

    public ConsultationStatisticsProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.statistics = new FiscalYearStatistics(readModels.getCollection(COLLECTION), cacheSize, "consultations",
                StatisticsFields::zeroed);
    }

    public static String documentId(FiscalYear fiscalYear) {
        return FiscalYearStatistics.documentId("consultations", fiscalYear);
    }

    @Override
    public void watch(YearChanges changes) {
        statistics.watch(changes);
    }

    @EventHandler
    void on(ConsultationSessionRecordedEvent event, TrackingToken token) {
        statistics.update(event.heldOn(), token, year -> {
            increment(year, StatisticsFields.SESSIONS_BY_CATEGORY, event.category().name());
            increment(year, StatisticsFields.SESSIONS_BY_DESK, event.desk().name());
            // A year's document written before the field existed gets it now; its earlier sessions are in it only
            // after a replay of the processing group.
            Document byDesk = (Document) year.computeIfAbsent(StatisticsFields.SESSIONS_BY_DESK_AND_CATEGORY,
                    field -> StatisticsFields.sessionsByDeskAndCategory());
            increment(byDesk, event.desk().name(), event.category().name());
            if (event.lawyerConsultation()) {
                add(year, StatisticsFields.LAWYER_CONSULTATIONS, 1);
                increment(year, StatisticsFields.LAWYER_CONSULTATIONS_BY_DESK, event.desk().name());
            }
            if (event.desk() == Desk.ON_SITE) {
                add(year, StatisticsFields.ON_SITE_SESSIONS, 1);
            }
        });
    }

    @EventHandler
    void on(ExpertDispatchRecordedEvent event, TrackingToken token) {
        statistics.update(event.dispatchedOn(), token,
                year -> increment(year, StatisticsFields.DISPATCHES_BY_KIND, event.kind().name()));
    }

    @EventHandler
    void on(ConsultationCaseOpenedEvent event, TrackingToken token) {
        statistics.update(event.openedOn(), token, year -> add(year, StatisticsFields.CASES_OPENED, 1));
    }

    @EventHandler
    void on(ConsultationCaseClosedEvent event, TrackingToken token) {
        statistics.update(event.closedOn(), token, year -> add(year, StatisticsFields.CASES_CLOSED, 1));
    }

    @ResetHandler
    void reset() {
        statistics.clear();
    }

    private static void increment(Document year, String map, String key) {
        add(year.get(map, Document.class), key, 1);
    }
}
