package org.smesupport.casework.api.restructuring;

/** One improvement-plan subsidy file with its steps and figures. */
public record FindImprovementSubsidyQuery(ImprovementSubsidyId subsidyId) {
}
