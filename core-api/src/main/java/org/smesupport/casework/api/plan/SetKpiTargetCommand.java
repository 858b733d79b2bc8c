package org.smesupport.casework.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.Reasoned;

/**
 * Sets a KPI's target for one fiscal year of a mid-term plan (administrators only), in the KPI's unit (件 or 社;
 * a cumulative KPI's target is the total up to that year). The first target creates the plan.
 */
public record SetKpiTargetCommand(@TargetAggregateIdentifier String planId, Kpi kpi, int fiscalYear, long target,
                                  String reason) implements Reasoned {
}
