package org.smesupport.casework.projection.restructuring;

/**
 * The shape of a {@code restructuring_subsidies} document: the firm and kind, whether a refused decision ended
 * the file, its {@code steps} in the order recorded ({@code [{step, on, approved}]}), the last step and its date,
 * and the figures as the payment application's events carry them ({@code cost}, {@code twoThirds}, {@code cap},
 * {@code subsidy} in yen, {@code null} before).
 */
public final class ImprovementSubsidyFields {

    public static final String COMPANY_ID = "companyId";
    public static final String KIND = "kind";
    public static final String REFUSED = "refused";
    public static final String STEPS = "steps";
    public static final String STEP = "step";
    public static final String ON = "on";
    public static final String APPROVED = "approved";
    public static final String LAST_STEP = "lastStep";
    public static final String LAST_STEP_ON = "lastStepOn";
    public static final String COST = "cost";
    public static final String TWO_THIRDS = "twoThirds";
    public static final String CAP = "cap";
    public static final String SUBSIDY = "subsidy";

    private ImprovementSubsidyFields() {
    }
}
