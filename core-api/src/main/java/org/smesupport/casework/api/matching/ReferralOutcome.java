package org.smesupport.casework.api.matching;

/** Whether an introduction led to a deal (成立). */
public enum ReferralOutcome {
    CONCLUDED,
    NOT_CONCLUDED
}
