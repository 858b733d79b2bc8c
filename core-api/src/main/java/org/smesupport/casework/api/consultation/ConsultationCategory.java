package org.smesupport.casework.api.consultation;

/** The eighteen consultation categories of the report's 相談内容内訳 table, in the report's order. */
public enum ConsultationCategory {
    GENERAL_MANAGEMENT("経営全般"),
    MARKETING("マーケティング"),
    FINANCING("資金"),
    LEGAL("法律"),
    LABOUR("労務"),
    TAX("税務"),
    TECHNOLOGY("技術"),
    BUSINESS_PLAN("ビジネスプラン"),
    IT("IT"),
    TRADE("取引"),
    BUSINESS_ALLIANCE("事業提携"),
    INCORPORATION("会社設立"),
    ENERGY_SAVING("省エネ"),
    ISO("ISO"),
    PATENT("特許"),
    DESIGN("デザイン"),
    INTERNATIONAL_TRADE("国際取引"),
    OTHER("その他");

    private final String label;

    ConsultationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
