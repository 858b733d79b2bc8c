package org.smesupport.casework.projection.consultation;

import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.projection.FiscalYearStatistics;

/**
 * The shape of a fiscal year's consultation statistics document. Every category, desk and dispatch kind
 * is present from the start, zero or not, because the report prints them all.
 */
public final class StatisticsFields {

    public static final String FISCAL_YEAR = FiscalYearStatistics.FISCAL_YEAR;
    public static final String SESSIONS_BY_CATEGORY = "sessionsByCategory";
    public static final String SESSIONS_BY_DESK = "sessionsByDesk";
    /** Sessions by desk, then by category: the report's 相談内容内訳 counts only the desks of the KIP total. */
    public static final String SESSIONS_BY_DESK_AND_CATEGORY = "sessionsByDeskAndCategory";
    static final String LAWYER_CONSULTATIONS = "lawyerConsultations";
    public static final String LAWYER_CONSULTATIONS_BY_DESK = "lawyerConsultationsByDesk";
    static final String ON_SITE_SESSIONS = "onSiteSessions";
    public static final String DISPATCHES_BY_KIND = "dispatchesByKind";
    static final String CASES_OPENED = "casesOpened";
    static final String CASES_CLOSED = "casesClosed";

    private StatisticsFields() {
    }

    public static Document zeroed(String id, FiscalYear fiscalYear) {
        return new Document("_id", id)
                .append(FISCAL_YEAR, fiscalYear.startYear())
                .append(SESSIONS_BY_CATEGORY, FiscalYearStatistics.zeroes(ConsultationCategory.values()))
                .append(SESSIONS_BY_DESK, FiscalYearStatistics.zeroes(Desk.values()))
                .append(SESSIONS_BY_DESK_AND_CATEGORY, sessionsByDeskAndCategory())
                .append(LAWYER_CONSULTATIONS, 0L)
                .append(LAWYER_CONSULTATIONS_BY_DESK, FiscalYearStatistics.zeroes(Desk.values()))
                .append(ON_SITE_SESSIONS, 0L)
                .append(DISPATCHES_BY_KIND, FiscalYearStatistics.zeroes(ExpertDispatchKind.values()))
                .append(CASES_OPENED, 0L)
                .append(CASES_CLOSED, 0L);
    }

    /** Every desk with every category at zero. */
    static Document sessionsByDeskAndCategory() {
        Document desks = new Document();
        for (Desk desk : Desk.values()) {
            desks.append(desk.name(), FiscalYearStatistics.zeroes(ConsultationCategory.values()));
        }
        return desks;
    }
}
