package org.smesupport.casework.api.plan;

import java.util.List;

/** One KPI's row: its label and unit as printed, whether it is cumulative, and a cell per fiscal year. */
public record KpiAchievementRow(Kpi kpi, String label, String unit, boolean cumulative, Kpi partOf,
                                List<KpiYearAchievement> years) {
}
