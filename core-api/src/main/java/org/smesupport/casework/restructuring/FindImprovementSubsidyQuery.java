package org.smesupport.casework.restructuring;

/** One improvement-plan subsidy file with its steps and figures. */
public record FindImprovementSubsidyQuery(ImprovementSubsidyId subsidyId) {
}
