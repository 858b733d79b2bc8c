package org.smesupport.casework.api.common;

/**
 * A page of the records behind the figure of {@code fiscalYear} on a line of a report ({@code report} as its path
 * names it, {@code table} and {@code line} by code). Answered with {@link FigureRecords}, or nothing for a report or
 * line that does not exist or does not drill down (a rate). {@code withPersonalData}: the reader may see the
 * personal information in the records (see {@link PersonalData}).
 */
public record FindFigureRecordsQuery(String report, int fiscalYear, String table, String line, int page, int size,
                                     boolean withPersonalData) {
}
