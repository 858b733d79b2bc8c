package org.smesupport.casework.api.plan;

import org.axonframework.serialization.Revision;

/**
 * A KPI's target for a fiscal year of a plan was set; {@code previousTarget} is the target it replaced
 * ({@code null} for the first). Who set it is in the metadata, as is the reason.
 */
@Revision("1")
public record KpiTargetSetEvent(String planId, Kpi kpi, int fiscalYear, long target, Long previousTarget,
                                String reason) {
}
