package org.smesupport.casework.api.published;

/**
 * A published figure that disagrees with the other published figures it should agree with (a roll-forward that
 * does not balance): flagged, never corrected. {@code explanation} says what was expected, in Japanese as the
 * report is.
 */
public record PublishedInconsistency(String report, String lineKey, int fiscalYear, String explanation) {
}
