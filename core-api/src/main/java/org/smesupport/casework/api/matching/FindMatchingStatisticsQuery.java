package org.smesupport.casework.api.matching;

/** The business-matching report (section I-3) for fiscal year B = {@code fiscalYear}. */
public record FindMatchingStatisticsQuery(int fiscalYear) {
}
