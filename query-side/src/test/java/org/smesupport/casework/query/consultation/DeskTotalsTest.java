package org.smesupport.casework.query.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.Desk.CountsToward;
import org.smesupport.casework.projection.consultation.StatisticsFields;
import org.smesupport.casework.query.YearFigures;

class DeskTotalsTest {

    @Test
    void eachDeskCountsTowardTheTotalTheReportPutsItIn() {
        Map<Desk, CountsToward> rule = Arrays.stream(Desk.values())
                .collect(Collectors.toMap(Function.identity(), Desk::countsToward));

        assertThat(rule).containsExactlyInAnyOrderEntriesOf(Map.of(
                Desk.YOROZU_HUB, CountsToward.YOROZU,
                Desk.YOROZU_SATELLITE, CountsToward.YOROZU,
                Desk.ONE_STOP, CountsToward.ONE_STOP,
                Desk.SUBCONTRACTING, CountsToward.ONE_STOP,
                Desk.ON_SITE, CountsToward.ONE_STOP,
                Desk.OVERSEAS, CountsToward.ONE_STOP,
                Desk.MIBYO_PHONE, CountsToward.APART));
        assertThat(Arrays.stream(CountsToward.values()).filter(CountsToward::inKipTotal))
                .containsExactly(CountsToward.YOROZU, CountsToward.ONE_STOP);
    }

    @Test
    void oneStopIsTheKipTotalLessYorozuAndTheMibyoDialIsInNeither() {
        // One session at the first desk, two at the second, … so each desk's share of a sum is visible.
        Document year = StatisticsFields.zeroed("consultations:FY2020", FiscalYear.of(2020));
        Document desks = year.get(StatisticsFields.SESSIONS_BY_DESK, Document.class);
        Document byCategory = year.get(StatisticsFields.SESSIONS_BY_DESK_AND_CATEGORY, Document.class);
        for (Desk desk : Desk.values()) {
            long sessions = 1L << desk.ordinal();
            desks.put(desk.name(), sessions);
            byCategory.get(desk.name(), Document.class).put(ConsultationCategory.IT.name(), sessions);
        }
        YearFigures figures = YearFigures.of(year);

        long yorozu = sessions(Desk.YOROZU_HUB) + sessions(Desk.YOROZU_SATELLITE);
        long oneStop = sessions(Desk.ONE_STOP) + sessions(Desk.SUBCONTRACTING) + sessions(Desk.ON_SITE)
                + sessions(Desk.OVERSEAS);
        assertThat(DeskTotals.toward(figures, CountsToward.YOROZU)).isEqualTo(yorozu);
        assertThat(DeskTotals.toward(figures, CountsToward.ONE_STOP)).isEqualTo(oneStop);
        assertThat(DeskTotals.kip(figures)).isEqualTo(yorozu + oneStop);
        assertThat(DeskTotals.kip(figures) - DeskTotals.toward(figures, CountsToward.YOROZU)).isEqualTo(oneStop);
        assertThat(DeskTotals.at(figures, Desk.MIBYO_PHONE)).isEqualTo(sessions(Desk.MIBYO_PHONE));
        assertThat(DeskTotals.kip(figures, ConsultationCategory.IT)).as("the category table's total").isEqualTo(yorozu + oneStop);
        assertThat(DeskTotals.kip(figures, ConsultationCategory.LEGAL)).isZero();
    }

    private static long sessions(Desk desk) {
        return 1L << desk.ordinal();
    }
}
