package org.smesupport.casework.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FindBusinessDateQuery;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.api.plan.FindKpiTargetsQuery;
import org.smesupport.casework.api.plan.FindPlanAchievementQuery;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiAchievementRow;
import org.smesupport.casework.api.plan.KpiTarget;
import org.smesupport.casework.api.plan.KpiTargets;
import org.smesupport.casework.api.plan.KpiYearAchievement;
import org.smesupport.casework.api.plan.PlanAchievement;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;

/**
 * Each KPI is its one report figure, a cumulative KPI sums the plan's years of its five-year line, a half-counted
 * figure keeps its decimal, and the achievement is actual / target, one decimal half-up. The reports here give each
 * line a figure per year that no other line has, so a KPI read from the wrong line shows.
 */
class PlanAchievementQueryHandlerTest {

    @Test
    void eachKpiIsItsReportFigureAndCumulativeOnesSumThePlansYears() {
        PlanAchievement table = gateway().query(new FindPlanAchievementQuery("plan-5", 2019, 2021),
                PlanAchievement.class).join();

        assertThat(table.yearLabels()).containsExactly("2019 (R01)", "2020 (R02)", "2021 (R03)");
        KpiYearAchievement consultations = cell(table, Kpi.CONSULTATIONS, 1);
        assertThat(consultations.target()).isEqualTo(18_500L);
        assertThat(consultations.actual()).isEqualByComparingTo("24504");
        assertThat(consultations.achievement()).isEqualByComparingTo("132.5");
        assertThat(cell(table, Kpi.CONSULTATIONS, 0).achievement()).as("no target").isNull();
        assertThat(cell(table, Kpi.CONSULTATIONS, 2).actual()).as("FY2021 has not begun").isNull();
        assertThat(cell(table, Kpi.FAIR_MEETINGS, 1).actual()).isEqualByComparingTo("2930");
        assertThat(cell(table, Kpi.LEASE_COMPANIES, 1).actual()).isEqualByComparingTo("21");
        assertThat(cell(table, Kpi.LEASE_NEW_COMPANIES, 1).actual()).isEqualByComparingTo("12");
        assertThat(cell(table, Kpi.SUCCESSION_DEALS, 1).actual()).isEqualByComparingTo("20.5");
        assertThat(cell(table, Kpi.SUCCESSION_DIAGNOSES, 0).actual()).as("FY2019 alone").isEqualByComparingTo("1900");
        assertThat(cell(table, Kpi.SUCCESSION_DIAGNOSES, 1).actual()).as("FY2019 + FY2020, not the years before")
                .isEqualByComparingTo("3900");
        KpiYearAchievement plans = cell(table, Kpi.SUCCESSION_PLANS, 1);
        assertThat(plans.actual()).isEqualByComparingTo("39");
        assertThat(plans.achievement()).as("39 / 700").isEqualByComparingTo("5.6");
        KpiAchievementRow drastic = row(table, Kpi.RESTRUCTURING_DRASTIC);
        assertThat(drastic.partOf()).isEqualTo(Kpi.RESTRUCTURING_COMPLETED);
        assertThat(drastic.years().get(1).actual()).isEqualByComparingTo("5");
        assertThat(cell(table, Kpi.RESTRUCTURING_COMPLETED, 1).actual()).isEqualByComparingTo("30");
    }

    private static QueryGateway gateway() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        QueryGateway gateway = DefaultQueryGateway.builder().queryBus(bus).build();
        new AnnotationQueryHandlerAdapter<>(new PlanAchievementQueryHandler(gateway)).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(new Reports()).subscribe(bus);
        return gateway;
    }

    private static KpiAchievementRow row(PlanAchievement table, Kpi kpi) {
        return table.rows().stream().filter(row -> row.kpi() == kpi).findFirst().orElseThrow();
    }

    private static KpiYearAchievement cell(PlanAchievement table, Kpi kpi, int year) {
        return row(table, kpi).years().get(year);
    }

    /** What the plan and the programmes' reports answer, in FY2020 (the business date's year). */
    static class Reports {

        @QueryHandler
        KpiTargets targets(FindKpiTargetsQuery query) {
            return new KpiTargets(query.planId(), 1, List.of(
                    new KpiTarget(Kpi.CONSULTATIONS, 2020, 18_500, "admin", "理事会承認"),
                    new KpiTarget(Kpi.SUCCESSION_PLANS, 2020, 700, "admin", "理事会承認")));
        }

        @QueryHandler
        BusinessDate businessDate(FindBusinessDateQuery query) {
            return new BusinessDate(LocalDate.of(2020, 11, 2), null, null);
        }

        @QueryHandler
        ConsultationStatisticsReport consultations(FindConsultationStatisticsQuery query) {
            int b = query.fiscalYear();
            return new ConsultationStatisticsReport(b, List.of(), null, null, List.of(new ReportTable("ONE_STOP",
                    "ワンストップ相談", List.of(line("KIP_TOTAL", b, year -> year == 2020 ? 24_504 : 24_286)))),
                    List.of(), null, null);
        }

        @QueryHandler
        LeaseStatisticsReport leases(FindLeaseStatisticsQuery query) {
            return new LeaseStatisticsReport(query.fiscalYear(), List.of(), null, null,
                    List.of(line("COMPANIES", query.fiscalYear(), year -> year - 1999)), List.of(), List.of(),
                    List.of(line("NEW_CONTRACTS_COMPANIES", query.fiscalYear(), year -> year - 2008)), null);
        }

        @QueryHandler
        MatchingStatisticsReport matching(FindMatchingStatisticsQuery query) {
            return new MatchingStatisticsReport(query.fiscalYear(), List.of(), null, null, List.of(), List.of(),
                    query.fiscalYear() == 2020 ? 2_930 : 5_425, 0, null);
        }

        @QueryHandler
        RestructuringStatisticsReport restructuring(FindRestructuringStatisticsQuery query) {
            int b = query.fiscalYear();
            ReportFigure halfCounted = new ReportFigure(b, null, null, 41L, new BigDecimal("20.5"), null, null, null);
            return new RestructuringStatisticsReport(b, List.of(), null, null, List.of(
                    new ReportTable("SUCCESSION", "事業引継ぎ", List.of(new ReportLine("DEALS", "成約件数",
                            ReportFigure.Unit.HALF_COUNT, List.of(halfCounted), null, halfCounted, null, null))),
                    new ReportTable("SUCCESSION_DIAGNOSES", "診断", List.of(line("DIAGNOSES", b, year -> (year - 2000) * 100L))),
                    new ReportTable("SUCCESSION_PLANS", "策定", List.of(line("PLANS", b, year -> year - 2000))),
                    new ReportTable("RESTRUCTURING", "事業再生支援", List.of(line("PLAN_COMPLETED", b, year -> year - 1990),
                            line("DRASTIC", b, year -> year - 2015)))), null);
        }

        /** A five-year line B − 4 … B with {@code figure} of each year. */
        private static ReportLine line(String code, int b, IntToLongFunction figure) {
            List<ReportFigure> years = IntStream.rangeClosed(b - 4, b)
                    .mapToObj(year -> count(year, figure.applyAsLong(year))).toList();
            return new ReportLine(code, code, ReportFigure.Unit.COUNT, years, years.get(3), years.get(4), null, null);
        }

        private static ReportFigure count(int year, long value) {
            return new ReportFigure(year, null, value, null, null, null, null, null);
        }
    }
}
