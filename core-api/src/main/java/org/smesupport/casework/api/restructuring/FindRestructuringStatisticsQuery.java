package org.smesupport.casework.api.restructuring;

/** The succession and restructuring report (section I-7) for fiscal year B = {@code fiscalYear}. */
public record FindRestructuringStatisticsQuery(int fiscalYear) {
}
