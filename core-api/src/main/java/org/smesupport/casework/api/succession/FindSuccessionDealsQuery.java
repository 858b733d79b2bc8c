package org.smesupport.casework.api.succession;

/** The deals concluded in fiscal year {@code fiscalYear} (every deal when {@code null}), latest first. */
public record FindSuccessionDealsQuery(Integer fiscalYear) {
}
