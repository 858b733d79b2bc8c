package org.smesupport.casework.api.matching;

/** Corrections of referral outcomes awaiting a supervisor, oldest request first. {@code page} counts from 0. */
public record FindReferralCorrectionsAwaitingApprovalQuery(int page, int size) {
}
