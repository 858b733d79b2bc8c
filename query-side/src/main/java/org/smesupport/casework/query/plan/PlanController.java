package org.smesupport.casework.query.plan;

import static org.smesupport.casework.query.QueryParameters.badRequest;
import static org.smesupport.casework.query.QueryParameters.integer;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.plan.FindPlanAchievementQuery;
import org.smesupport.casework.api.plan.PlanAchievement;
import org.smesupport.casework.api.plan.PlanPeriod;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 中期経営計画の達成状況 for every signed-in role: {@code from} and {@code to} default to the plan's period. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final QueryGateway queries;

    PlanController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Shows a mid-term plan's achievement (中期経営計画の達成状況).
     * It gives each KPI's target, actual and achievement by fiscal year; {@code from} and {@code to} default to
     * the plan's first and last years.
     *
     * @param planId the plan, {@code plan-<n>}
     */
    @GetMapping("/{planId}/achievement")
    PlanAchievement achievement(@PathVariable String planId, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        PlanPeriod period = PlanPeriod.of(planId)
                .orElseThrow(() -> QueryParameters.notFound("no mid-term plan " + planId + " (plans are plan-<n>)"));
        int fromYear = from == null ? period.firstYear() : integer("from", from);
        int toYear = to == null ? period.lastYear() : integer("to", to);
        if (!period.contains(fromYear) || !period.contains(toYear) || fromYear > toYear) {
            throw badRequest("from and to must be years of the plan, FY%d to FY%d, from not after to"
                    .formatted(period.firstYear(), period.lastYear()));
        }
        return queries.query(new FindPlanAchievementQuery(planId, fromYear, toYear),
                ResponseTypes.instanceOf(PlanAchievement.class)).join();
    }
}
