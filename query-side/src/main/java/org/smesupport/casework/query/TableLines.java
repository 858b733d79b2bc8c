package org.smesupport.casework.query;

import java.util.function.ToLongFunction;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;

/**
 * Builds the lines of one table of a five-year report ({@link FiveYearTable#table}): each line's published figures
 * are found under {@code <table>.<line code>}, so a code need only be unique within its table. Each line is given as
 * a {@link FigureFormula} over the years' documents, which both computes its figures and lets the drill-down
 * ({@link FigureTrail}) find the records behind them.
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
        return years.line(key(code), null, code, label, unit, FigureFormula.ofTheYear(figure));
    }

    /**
     * A balance at each year's end: the running sum of {@code flow} over every year up to it (e.g. cases in a stage,
     * arrears). Needs a table of every year ({@link FiveYearTable#upTo}).
     */
    public ReportLine runningLine(String code, String label, ReportFigure.Unit unit, ToLongFunction<YearFigures> flow) {
        return years.line(key(code), null, code, label, unit, FigureFormula.throughTheYear(flow));
    }

    /**
     * A balance that opens each year with the closing of the year before ({@code closingCode} of this table, the
     * running sum of {@code flow}) plus what the year opened with ({@code openedWith}, e.g. a balance brought in
     * from the books before the records). In the first year of the records its figure is flagged where it is not
     * the closing balance published for the year before. Needs a table of every year ({@link FiveYearTable#upTo}).
     */
    public ReportLine openingLine(String code, String label, ReportFigure.Unit unit, String closingCode,
                                  ToLongFunction<YearFigures> flow, ToLongFunction<YearFigures> openedWith) {
        return years.line(key(code), key(closingCode), code, label, unit, new FigureFormula(flow, openedWith));
    }

    /**
     * A figure that is not a five-year line (e.g. a row of an A/B table): only noted, so that it drills down like
     * one ({@link FigureTrail}).
     */
    public void figure(String code, String label, ReportFigure.Unit unit, ToLongFunction<YearFigures> figure) {
        years.note(key(code), label, unit, FigureFormula.ofTheYear(figure));
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
