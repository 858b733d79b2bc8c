package org.smesupport.casework.api.restructuring;

/**
 * A page of improvement-plan subsidy files, newest first; {@code kind} and {@code companyId} (one company's files)
 * are optional ({@code null}).
 */
public record FindImprovementSubsidiesQuery(ImprovementSubsidyKind kind, String companyId, int page, int size) {
}
