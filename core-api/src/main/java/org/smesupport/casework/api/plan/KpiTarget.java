package org.smesupport.casework.api.plan;

/** The target in force for a KPI in a fiscal year, who set it and why. */
public record KpiTarget(Kpi kpi, int fiscalYear, long target, String setBy, String reason) {
}
