package org.smesupport.casework.api.plan;

import java.util.List;

/**
 * 中期経営計画の達成状況: for each KPI (in the report's order) and each fiscal year asked for, the target, the actual
 * and the achievement. {@code yearLabels} head the columns ({@code 2020 (R02)}).
 */
public record PlanAchievement(String planId, int firstYear, int lastYear, List<String> yearLabels,
                              List<KpiAchievementRow> rows) {
}
