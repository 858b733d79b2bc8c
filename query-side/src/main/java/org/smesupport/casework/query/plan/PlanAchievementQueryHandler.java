package org.smesupport.casework.query.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FindBusinessDateQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.plan.FindKpiTargetsQuery;
import org.smesupport.casework.api.plan.FindPlanAchievementQuery;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.KpiAchievementRow;
import org.smesupport.casework.api.plan.KpiTarget;
import org.smesupport.casework.api.plan.KpiTargets;
import org.smesupport.casework.api.plan.KpiYearAchievement;
import org.smesupport.casework.api.plan.PlanAchievement;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.springframework.stereotype.Component;

/**
 * 中期経営計画の達成状況: the plan's targets (asked of the plan) against the actuals of the programmes' reports (asked
 * of each report), per KPI and fiscal year. A year after the business date's has no actual yet; the achievement
 * is actual / target in percent, one decimal, half-up. An id that names no plan has no answer (404).
 */
@Component
class PlanAchievementQueryHandler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final QueryGateway queries;

    PlanAchievementQueryHandler(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    PlanAchievement handle(FindPlanAchievementQuery query) {
        PlanPeriod period = PlanPeriod.of(query.planId()).orElse(null);
        if (period == null) {
            return null;
        }
        Map<String, Long> targets = new HashMap<>();
        for (KpiTarget target : queries.query(new FindKpiTargetsQuery(query.planId()),
                ResponseTypes.instanceOf(KpiTargets.class)).join().targets()) {
            targets.put(key(target.kpi(), target.fiscalYear()), target.target());
        }
        int running = FiscalYear.containing(queries.query(new FindBusinessDateQuery(),
                ResponseTypes.instanceOf(BusinessDate.class)).join().businessDate()).startYear();
        List<Integer> years = IntStream.rangeClosed(query.fromYear(), query.toYear()).boxed().toList();
        Map<Integer, ProgrammeActuals> actuals = new HashMap<>();
        years.stream().filter(year -> year <= running)
                .forEach(year -> actuals.put(year, ProgrammeActuals.of(queries, year)));
        List<KpiAchievementRow> rows = Arrays.stream(Kpi.values())
                .map(kpi -> new KpiAchievementRow(kpi, kpi.label(), kpi.unit(),
                        kpi.accumulation() == Kpi.Accumulation.CUMULATIVE, kpi.partOf(),
                        years.stream().map(year -> cell(year, targets.get(key(kpi, year)),
                                actuals.containsKey(year) ? actuals.get(year).actual(kpi, period.firstYear()) : null))
                                .toList()))
                .toList();
        return new PlanAchievement(query.planId(), period.firstYear(), period.lastYear(),
                years.stream().map(year -> FiscalYear.of(year).label()).toList(), rows);
    }

    private static KpiYearAchievement cell(int year, Long target, BigDecimal actual) {
        BigDecimal achievement = target == null || target == 0 || actual == null ? null
                : actual.multiply(HUNDRED).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
        return new KpiYearAchievement(year, FiscalYear.of(year).label(), target, actual, achievement);
    }

    private static String key(Kpi kpi, int fiscalYear) {
        return kpi.name() + "/" + fiscalYear;
    }
}
