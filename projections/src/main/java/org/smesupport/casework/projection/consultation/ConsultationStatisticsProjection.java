package org.smesupport.casework.projection.consultation;

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
import org.smesupport.casework.projection.GlobalPosition;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Consultation statistics, precomputed into one document per fiscal year ({@code consultations:FY2020})
 * so that a report reads a handful of documents by {@code _id} instead of aggregating sessions.
 * <p>
 * A year's document gathers events from every case, so its idempotency mark is the global position of
 * the last event applied (see {@link GlobalPosition}). The handlers need the event's tracking token, so
 * this group must run in a tracking (or pooled streaming) processor with a single segment.
 * A case closed, reopened and closed again counts as closed twice: the counter counts closings.
 */
@Component
@ProcessingGroup(ConsultationStatisticsProjection.PROCESSING_GROUP)
public class ConsultationStatisticsProjection {

    static final String PROCESSING_GROUP = "consultation-statistics";
    public static final String COLLECTION = "consultation_statistics";

    private final ReadModelStore statistics;

    public ConsultationStatisticsProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.statistics = new ReadModelStore(readModels.getCollection(COLLECTION), cacheSize);
    }

    public static String documentId(FiscalYear fiscalYear) {
        return "consultations:" + fiscalYear;
    }

    @EventHandler
    void on(ConsultationSessionRecordedEvent event, TrackingToken token) {
        GlobalPosition position = GlobalPosition.of(token);
        Document year = unapplied(FiscalYear.containing(event.heldOn()), position);
        if (year == null) {
            return;
        }
        increment(year, StatisticsFields.SESSIONS_BY_CATEGORY, event.category().name());
        increment(year, StatisticsFields.SESSIONS_BY_DESK, event.desk().name());
        if (event.lawyerConsultation()) {
            increment(year, StatisticsFields.LAWYER_CONSULTATIONS);
            increment(year, StatisticsFields.LAWYER_CONSULTATIONS_BY_DESK, event.desk().name());
        }
        if (event.desk() == Desk.ON_SITE) {
            increment(year, StatisticsFields.ON_SITE_SESSIONS);
        }
        save(year, position);
    }

    @EventHandler
    void on(ExpertDispatchRecordedEvent event, TrackingToken token) {
        GlobalPosition position = GlobalPosition.of(token);
        Document year = unapplied(FiscalYear.containing(event.dispatchedOn()), position);
        if (year == null) {
            return;
        }
        increment(year, StatisticsFields.DISPATCHES_BY_KIND, event.kind().name());
        save(year, position);
    }

    @EventHandler
    void on(ConsultationCaseOpenedEvent event, TrackingToken token) {
        GlobalPosition position = GlobalPosition.of(token);
        Document year = unapplied(FiscalYear.containing(event.openedOn()), position);
        if (year == null) {
            return;
        }
        increment(year, StatisticsFields.CASES_OPENED);
        save(year, position);
    }

    @EventHandler
    void on(ConsultationCaseClosedEvent event, TrackingToken token) {
        GlobalPosition position = GlobalPosition.of(token);
        Document year = unapplied(FiscalYear.containing(event.closedOn()), position);
        if (year == null) {
            return;
        }
        increment(year, StatisticsFields.CASES_CLOSED);
        save(year, position);
    }

    @ResetHandler
    void reset() {
        statistics.clear();
    }

    /** The year's document (a zeroed one if new) if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(FiscalYear fiscalYear, GlobalPosition position) {
        Document year = statistics.find(documentId(fiscalYear));
        if (year == null) {
            return StatisticsFields.zeroed(documentId(fiscalYear), fiscalYear);
        }
        GlobalPosition applied = GlobalPosition.readFrom(year);
        return position != null && applied != null && applied.covers(position) ? null : year;
    }

    private void save(Document year, GlobalPosition position) {
        if (position != null) {
            position.writeTo(year);
        }
        statistics.save(year);
    }

    private static void increment(Document year, String field) {
        year.put(field, year.getLong(field) + 1);
    }

    private static void increment(Document year, String map, String key) {
        Document counters = year.get(map, Document.class);
        counters.put(key, counters.getLong(key) + 1);
    }
}
