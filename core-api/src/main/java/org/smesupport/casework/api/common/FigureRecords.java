package org.smesupport.casework.api.common;

import java.util.List;

/**
 * The records behind one figure of a report, a page of them, oldest first: the drill-down's answer, over HTTP at
 * {@code /api/reports/{report}/{fiscalYear}/figures/{table}/{line}} and to {@link FindFigureRecordsQuery}.
 * {@code records} events moved the figure, and their contributions add up to {@code fromRecords}, which is the
 * figure in the line's exact unit (a count, halves, yen). {@code reported} is the figure as the live report prints
 * it (none for a figure that is not a five-year line, e.g. a row of 相談内容内訳): the two agree unless the read
 * model is behind the log or wrong ({@code agrees} says which; none where the report prints no figure counted from
 * the records), which the report's self-check reports for a whole report. {@code headPosition} is the last event
 * of the log the records were found up to.
 */
public record FigureRecords(String report, String table, String line, String label, ReportFigure.Unit unit,
                            int fiscalYear, String yearLabel, ReportFigure reported, long fromRecords, int records,
                            Boolean agrees, long headPosition, int page, int size, List<FigureRecord> items) {
}
