package org.smesupport.casework.api.lease;

/** How often an instalment falls due. */
public enum PaymentFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12);

    private final int months;

    PaymentFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
