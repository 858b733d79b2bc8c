package org.smesupport.casework.api.lease;

/** The lease tables of the annual report (section I-2) for fiscal year B = {@code fiscalYear}. */
public record FindLeaseStatisticsQuery(int fiscalYear) {
}
