package org.smesupport.casework.projection;

/**
 * A projection whose figures are kept in {@link FiscalYearStatistics}, one document per fiscal year: a report is
 * built from it, and a replay of it for the report's drill-down can watch its every change.
 */
public interface StatisticsProjection {

    /** From now on, every change to a year's document is told to {@code changes}. */
    void watch(YearChanges changes);
}
