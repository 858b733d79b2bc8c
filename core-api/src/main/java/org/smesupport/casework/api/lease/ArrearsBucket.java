package org.smesupport.casework.api.lease;

/** Age of a contract's arrears, in days past the due date of its oldest unpaid instalment in arrears. */
public enum ArrearsBucket {
    DAYS_1_TO_30("1–30日", 30),
    DAYS_31_TO_90("31–90日", 90),
    DAYS_91_TO_180("91–180日", 180),
    DAYS_181_TO_365("181–365日", 365),
    OVER_365_DAYS("365日超", Long.MAX_VALUE);

    private final String label;
    private final long upToDays;

    ArrearsBucket(String label, long upToDays) {
        this.label = label;
        this.upToDays = upToDays;
    }

    public String label() {
        return label;
    }

    /** The bucket for {@code daysPastDue}; {@code null} when it is not past due (0 or fewer days). */
    public static ArrearsBucket of(long daysPastDue) {
        if (daysPastDue < 1) {
            return null;
        }
        for (ArrearsBucket bucket : values()) {
            if (daysPastDue <= bucket.upToDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("unreachable: the last bucket has no upper bound");
    }
}
