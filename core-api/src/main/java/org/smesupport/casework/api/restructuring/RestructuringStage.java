package org.smesupport.casework.api.restructuring;

import java.util.List;

/**
 * The rescue pipeline (再生支援) in the order a case moves through it; a case may also end, withdrawn or
 * closed with a reason, at any stage.
 */
public enum RestructuringStage {
    FIRST_RESPONSE("1次対応"),
    SECOND_STAGE("2次対応開始"),
    PLAN_DRAFTING("計画策定支援中"),
    PLAN_COMPLETED("計画策定完了"),
    ENDED("終了");

    /** The stages a case is still moving through; a completed plan and an ended case are closed. */
    public static final List<RestructuringStage> IN_PROGRESS = List.of(FIRST_RESPONSE, SECOND_STAGE, PLAN_DRAFTING);

    private final String label;

    RestructuringStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage a case in this one moves to next (from drafting, the plan's completion), {@code null} when closed. */
    public RestructuringStage next() {
        return switch (this) {
            case FIRST_RESPONSE -> SECOND_STAGE;
            case SECOND_STAGE -> PLAN_DRAFTING;
            case PLAN_DRAFTING -> PLAN_COMPLETED;
            case PLAN_COMPLETED, ENDED -> null;
        };
    }
}
