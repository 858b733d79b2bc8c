package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.api.published.PublishedInconsistency;

/**
 * The figures a centre published before its records were kept here ({@link PublishedFigures}), by line key
 * ({@code table.line}) and year, as a five-year table shows them: in a year before the records, the published
 * figure marked {@link ReportFigure.Source#PUBLISHED} (with its flag where it does not add up) or "―" where none
 * was published; in a recorded year, the recorded figure with the published one beside it where they differ.
 */
public final class PublishedColumns {

    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Map<String, String> flags = new HashMap<>();
    private final Map<String, LineFormula> formulas;

    private PublishedColumns(PublishedFigures published, Map<String, LineFormula> formulas) {
        this.formulas = formulas;
        for (PublishedFigure figure : published.figures()) {
            values.put(key(figure.lineKey(), figure.fiscalYear()), figure.value());
        }
        for (PublishedInconsistency inconsistency : published.inconsistencies()) {
            flags.merge(key(inconsistency.lineKey(), inconsistency.fiscalYear()), inconsistency.explanation(),
                    (first, second) -> first + "; " + second);
        }
    }

    public static PublishedColumns of(PublishedFigures published) {
        return new PublishedColumns(published, null);
    }

    /**
     * The columns of a report built for its drill-down ({@link FigureTrail}), which also need to know how each line
     * is computed: the report's tables note every line's formula into {@code formulas}, by line key.
     */
    static PublishedColumns noting(PublishedFigures published, Map<String, LineFormula> formulas) {
        return new PublishedColumns(published, formulas);
    }

    /** Notes how the line is computed, when the report is built for its drill-down. */
    void note(String lineKey, LineFormula formula) {
        if (formulas != null) {
            formulas.put(lineKey, formula);
        }
    }

    /** The figure of a year the records do not cover. */
    ReportFigure beforeRecords(String lineKey, ReportFigure.Unit unit, FiscalYear year) {
        BigDecimal value = values.get(key(lineKey, year.startYear()));
        if (value == null) {
            return PrintedComparison.none(year);
        }
        return PrintedComparison.printed(unit, year, value, ReportFigure.Source.PUBLISHED,
                flags.get(key(lineKey, year.startYear())));
    }

    /** The recorded figure of a year, with the published one where it differs as printed. */
    ReportFigure besideRecorded(String lineKey, ReportFigure.Unit unit, FiscalYear year, long exact) {
        return withPublished(ReportFigures.figure(unit, year, exact), lineKey, year);
    }

    /**
     * The recorded figure of the first recorded year of a line that carries over {@code carriedKey} of the year
     * before, flagged where that year's published figure is not what the records opened with (as printed).
     */
    ReportFigure carriedOver(String lineKey, String carriedKey, ReportFigure.Unit unit, FiscalYear year, long exact) {
        ReportFigure recorded = besideRecorded(lineKey, unit, year, exact);
        BigDecimal before = values.get(key(carriedKey, year.previous().startYear()));
        BigDecimal shown = PrintedComparison.printedValue(recorded);
        if (before == null || before.compareTo(shown) == 0) {
            return recorded;
        }
        return new ReportFigure(recorded.fiscalYear(), recorded.label(), recorded.count(), recorded.halves(),
                recorded.halfCounted(), recorded.yen(), recorded.thousandYen(), recorded.percent(), null,
                recorded.published(), "前年度の公表値 %s と一致しない（記録 %s）".formatted(before.toPlainString(),
                        shown.toPlainString()));
    }

    ReportFigure besideRecordedRate(String lineKey, FiscalYear year, BigDecimal percent) {
        return withPublished(ReportFigures.rate(year, percent), lineKey, year);
    }

    private ReportFigure withPublished(ReportFigure recorded, String lineKey, FiscalYear year) {
        BigDecimal value = values.get(key(lineKey, year.startYear()));
        BigDecimal shown = PrintedComparison.printedValue(recorded);
        if (value == null || (shown != null && shown.compareTo(value) == 0)) {
            return recorded;
        }
        return new ReportFigure(recorded.fiscalYear(), recorded.label(), recorded.count(), recorded.halves(),
                recorded.halfCounted(), recorded.yen(), recorded.thousandYen(), recorded.percent(), null, value, null);
    }

    private static String key(String lineKey, int fiscalYear) {
        return lineKey + "@" + fiscalYear;
    }
}
