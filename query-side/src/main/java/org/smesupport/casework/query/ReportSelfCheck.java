package org.smesupport.casework.query;

import java.util.List;

/**
 * A report checked against its drill-down: every figure of its five-year tables computed from the records (not a
 * published one, not a rate) compared with the sum of the contributions of the records behind it, replayed from
 * the event log up to {@code headPosition} ({@code eventsReplayed} events concerned the report). {@code agrees}
 * when no figure differs; each one that does is listed.
 */
public record ReportSelfCheck(String report, int fiscalYear, long headPosition, long eventsReplayed,
                              int figuresChecked, boolean agrees, List<Mismatch> mismatches) {

    /** A figure the live report prints that its records do not add up to, in the line's exact unit. */
    public record Mismatch(String table, String line, String label, int fiscalYear, String yearLabel, long reported,
                           long fromRecords) {
    }
}
