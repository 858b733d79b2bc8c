package org.smesupport.casework.query.consultation;

import org.bson.Document;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.projection.consultation.StatisticsFields;

/** Read access to one year's statistics document, where a missing document or counter means zero. */
record YearCounts(Document document) {

    private static final Document NONE = new Document();

    static YearCounts of(Document document) {
        return new YearCounts(document == null ? NONE : document);
    }

    long sessions(ConsultationCategory category) {
        return counter(StatisticsFields.SESSIONS_BY_CATEGORY, category.name());
    }

    long totalSessions() {
        Document categories = document.get(StatisticsFields.SESSIONS_BY_CATEGORY, NONE);
        return categories.values().stream().mapToLong(count -> ((Number) count).longValue()).sum();
    }

    long sessions(Desk desk) {
        return counter(StatisticsFields.SESSIONS_BY_DESK, desk.name());
    }

    long lawyerConsultations(Desk desk) {
        return counter(StatisticsFields.LAWYER_CONSULTATIONS_BY_DESK, desk.name());
    }

    long onSiteSessions() {
        return number(document, StatisticsFields.ON_SITE_SESSIONS);
    }

    long dispatches(ExpertDispatchKind kind) {
        return counter(StatisticsFields.DISPATCHES_BY_KIND, kind.name());
    }

    private long counter(String map, String key) {
        return number(document.get(map, NONE), key);
    }

    private static long number(Document document, String key) {
        Object value = document.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
