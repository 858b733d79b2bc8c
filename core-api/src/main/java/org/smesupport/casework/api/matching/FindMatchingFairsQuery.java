package org.smesupport.casework.api.matching;

/** Matching fairs in date order; {@code fiscalYear} (the year a fair starts in) is optional ({@code null}: all). */
public record FindMatchingFairsQuery(Integer fiscalYear) {
}
