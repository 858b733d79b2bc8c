package org.smesupport.casework.restructuring;

/**
 * The shape of a {@code restructuring_subsidies} document: the firm and kind, whether a refused decision ended
 * the file, its {@code steps} in the order recorded ({@code [{step, on, approved}]}), the last step and its date,
 * and the figures as the payment application's events carry them ({@code cost}, {@code twoThirds}, {@code cap},
 * {@code subsidy} in yen, {@code null} before).
 */
final class ImprovementSubsidyFields {

    static final String COMPANY_ID = "companyId";
    static final String KIND = "kind";
    static final String REFUSED = "refused";
    static final String STEPS = "steps";
    static final String STEP = "step";
    static final String ON = "on";
    static final String APPROVED = "approved";
    static final String LAST_STEP = "lastStep";
    static final String LAST_STEP_ON = "lastStepOn";
    static final String COST = "cost";
    static final String TWO_THIRDS = "twoThirds";
    static final String CAP = "cap";
    static final String SUBSIDY = "subsidy";

    private ImprovementSubsidyFields() {
    }
}
