package org.smesupport.casework.api.common;

/**
 * The tables and lines of a fiscal-year report as it stands for {@code fiscalYear}, answered as
 * {@link ReportLayout}: what a published figure can be recorded against.
 */
public record FindReportLayoutQuery(String report, int fiscalYear) {
}
