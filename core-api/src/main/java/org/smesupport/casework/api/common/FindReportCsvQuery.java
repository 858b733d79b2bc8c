package org.smesupport.casework.api.common;

/**
 * A fiscal-year report as CSV, laid out as the API's {@code ?format=csv} answer is, for year B =
 * {@code fiscalYear}: {@code report} names it as its path does ({@code consultations}, {@code leases}, …).
 * Answered with a {@link ReportCsv}, or nothing for a report that does not exist.
 */
public record FindReportCsvQuery(String report, int fiscalYear) {
}
