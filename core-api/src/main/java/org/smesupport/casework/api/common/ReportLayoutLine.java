package org.smesupport.casework.api.common;

/**
 * One line of a report table: its table and line codes, its label and unit, and whether the fiscal year asked
 * about is covered by the records (its figure is then computed from them, and a published one only compared).
 */
public record ReportLayoutLine(String table, String line, String label, ReportFigure.Unit unit, boolean recorded) {
}
