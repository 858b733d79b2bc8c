package org.smesupport.casework.matching;

/** Whether an introduction led to a deal (成立). */
public enum ReferralOutcome {
    CONCLUDED,
    NOT_CONCLUDED
}
