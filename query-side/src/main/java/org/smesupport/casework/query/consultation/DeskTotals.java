package org.smesupport.casework.query.consultation;

import static org.smesupport.casework.projection.consultation.StatisticsFields.SESSIONS_BY_DESK;
import static org.smesupport.casework.projection.consultation.StatisticsFields.SESSIONS_BY_DESK_AND_CATEGORY;

import java.util.Arrays;
import java.util.function.Predicate;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.query.YearFigures;

/** A year's sessions summed over desks by the total each counts toward ({@link Desk.CountsToward}). */
final class DeskTotals {

    private DeskTotals() {
    }

    /** KIP 全体: the sessions of every desk in the KIP total. */
    static long kip(YearFigures year) {
        return sessions(year, desk -> desk.countsToward().inKipTotal());
    }

    /** The sessions of the desks counting toward {@code total}. */
    static long toward(YearFigures year, Desk.CountsToward total) {
        return sessions(year, desk -> desk.countsToward() == total);
    }

    /** The sessions of one desk. */
    static long at(YearFigures year, Desk desk) {
        return year.count(SESSIONS_BY_DESK, desk.name());
    }

    /** The sessions of the KIP total in one category (相談内容内訳). */
    static long kip(YearFigures year, ConsultationCategory category) {
        return Arrays.stream(Desk.values()).filter(desk -> desk.countsToward().inKipTotal())
                .mapToLong(desk -> year.count(SESSIONS_BY_DESK_AND_CATEGORY, desk.name(), category.name())).sum();
    }

    private static long sessions(YearFigures year, Predicate<Desk> desks) {
        return Arrays.stream(Desk.values()).filter(desks).mapToLong(desk -> at(year, desk)).sum();
    }
}
