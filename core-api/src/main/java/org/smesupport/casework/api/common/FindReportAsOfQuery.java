package org.smesupport.casework.api.common;

import java.time.LocalDate;

/**
 * A fiscal-year report as it stood at the end of {@code date} (the API's {@code /api/reports/{report}/{fiscalYear}/
 * as-of/{date}}), for the report pages. Answered with a {@link ReportAsOfView}, or nothing for a report that does
 * not exist.
 */
public record FindReportAsOfQuery(String report, int fiscalYear, LocalDate date) {
}
