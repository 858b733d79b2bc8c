package org.smesupport.casework.api.common;

/** A report as CSV (RFC 4180, CRLF line ends) and the name to save it under, e.g. {@code leases-FY2020.csv}. */
public record ReportCsv(String fileName, String content) {
}
