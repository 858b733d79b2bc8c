package org.smesupport.casework.api.plan;

/** The targets in force for a plan, answered as {@link KpiTargets} (empty when none was set). */
public record FindKpiTargetsQuery(String planId) {
}
