package org.smesupport.casework.api.matching;

/** Introductions whose outcome is not recorded yet, oldest introduction first. {@code page} counts from 0. */
public record FindReferralsAwaitingOutcomeQuery(int page, int size) {
}
