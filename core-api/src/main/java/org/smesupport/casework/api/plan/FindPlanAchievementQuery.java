package org.smesupport.casework.api.plan;

/** The achievement table of a plan for the fiscal years {@code fromYear} … {@code toYear}, as {@link PlanAchievement}. */
public record FindPlanAchievementQuery(String planId, int fromYear, int toYear) {
}
