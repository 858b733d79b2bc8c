package org.smesupport.casework.api.succession;

/** One succession deal (成約), as its conclusion's answer locates it. */
public record FindSuccessionDealQuery(SuccessionDealId dealId) {
}
