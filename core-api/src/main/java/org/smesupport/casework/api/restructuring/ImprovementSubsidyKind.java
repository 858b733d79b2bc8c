package org.smesupport.casework.api.restructuring;

import org.smesupport.casework.api.common.Yen;

/**
 * The two improvement-plan subsidies of the 経営改善支援センター: 2/3 of the cost of having a plan drawn up,
 * capped at ¥2,000,000 (経営改善計画策定支援) or ¥200,000 for the early plan (早期経営改善計画策定支援).
 */
public enum ImprovementSubsidyKind {
    IMPROVEMENT_PLAN("経営改善計画策定支援", Yen.of(2_000_000)),
    EARLY_IMPROVEMENT_PLAN("早期経営改善計画策定支援", Yen.of(200_000));

    private final String label;
    private final Yen cap;

    ImprovementSubsidyKind(String label, Yen cap) {
        this.label = label;
        this.cap = cap;
    }

    public String label() {
        return label;
    }

    public Yen cap() {
        return cap;
    }
}
