package org.smesupport.casework.api.restructuring;

/** A page of improvement-plan subsidy files, newest first; {@code kind} is optional ({@code null}). */
public record FindImprovementSubsidiesQuery(ImprovementSubsidyKind kind, int page, int size) {
}
