package org.smesupport.casework.api.restructuring;

/** The steps the report counts per fiscal year (利用申請受付 … モニタリング申告決定). */
public enum ImprovementSubsidyStep {
    USAGE_APPLICATION_RECEIVED("利用申請受付"),
    USAGE_APPLICATION_DECIDED("利用申請決定"),
    PAYMENT_APPLICATION_RECEIVED("支払申請受付"),
    PAYMENT_APPLICATION_DECIDED("支払申請決定"),
    MONITORING_REPORT_RECEIVED("モニタリング申告受付"),
    MONITORING_REPORT_DECIDED("モニタリング申告決定");

    private final String label;

    ImprovementSubsidyStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
