package org.smesupport.casework.api.common;

import java.util.List;

/**
 * A report's five-year tables and their lines for a fiscal year ({@link FindReportLayoutQuery}); {@code exists}
 * is false for a report of that name there is not, and {@code reports} names those there are.
 */
public record ReportLayout(String report, boolean exists, List<String> reports, int fiscalYear,
                           List<ReportLayoutLine> lines) {
}
