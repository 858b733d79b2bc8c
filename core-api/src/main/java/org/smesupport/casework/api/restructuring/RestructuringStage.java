package org.smesupport.casework.api.restructuring;

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

    private final String label;

    RestructuringStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
