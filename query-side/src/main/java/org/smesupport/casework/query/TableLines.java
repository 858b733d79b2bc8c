package org.smesupport.casework.query;

import java.util.function.ToLongFunction;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;

/**
 * Builds the lines of one table of a five-year report ({@link FiveYearTable#table}): each line's published figures
 * are found under {@code <table>.<line code>}, so a code need only be unique within its table.
 */
public final class TableLines {

    private final FiveYearTable years;
    private final String table;

    TableLines(FiveYearTable years, String table) {
        this.years = years;
        this.table = table;
    }

    /** A line of one figure per year, read from the year's document. */
    public ReportLine line(String code, String label, ReportFigure.Unit unit, ToLongFunction<YearFigures> figure) {
        return yearLine(code, label, unit, year -> figure.applyAsLong(years.figures(year)));
    }

    /** A line whose figure depends on the year's place in the series as well (a balance, a running sum). */
    public ReportLine yearLine(String code, String label, ReportFigure.Unit unit, ToLongFunction<FiscalYear> figure) {
        return years.line(key(code), null, code, label, unit, figure);
    }

    /**
     * A balance that opens each year with the closing of the year before ({@code closingCode} of this table): in the
     * first year of the records, which opens with a balance brought in from the books before them, its figure is
     * flagged where it is not the closing balance published for the year before.
     */
    public ReportLine openingLine(String code, String label, ReportFigure.Unit unit, String closingCode,
                                  ToLongFunction<FiscalYear> figure) {
        return years.line(key(code), key(closingCode), code, label, unit, figure);
    }

    /** A rate part / whole % per year; B − A in percentage points and B/A %, both from the exact counts. */
    public ReportLine rateLine(String code, String label, ToLongFunction<YearFigures> part,
                               ToLongFunction<YearFigures> whole) {
        return years.rateLine(key(code), code, label, part, whole);
    }

    private String key(String code) {
        return table + "." + code;
    }
}
