package org.smesupport.casework.api.consultation;

/** How a consultation case ended. */
public enum CaseOutcome {
    RESOLVED,
    REFERRED_TO_PROGRAMME,
    REFERRED_ELSEWHERE,
    NO_FURTHER_ACTION,
    WITHDRAWN_BY_CLIENT
}
