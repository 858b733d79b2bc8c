package org.smesupport.casework.api.common;

import java.math.BigDecimal;

/**
 * A figure of a report that is not what it was on an earlier date: a correction recorded since (a matching outcome
 * corrected, a payment reversed, a session back-dated into the year). Values as printed (a count, 千円, one
 * decimal); {@code null} where there was, or is, no figure.
 */
public record FigureChange(String table, String line, String label, int fiscalYear, String yearLabel,
                           BigDecimal then, BigDecimal now) {
}
