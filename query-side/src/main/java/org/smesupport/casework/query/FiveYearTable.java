package org.smesupport.casework.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.LinkedList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.projection.FiscalYearStatistics;

/**
 * The years a fiscal-year report's tables run over, B − 4 … B with A = B − 1 (leaving out years before the
 * first fiscal year the system knows), each with its statistics document, and how a line is built from one
 * figure per year. A year without a document is a year without activity: all zeros; a year before the first
 * document is a year before the records, shown as published ({@link PublishedColumns}) or as "―".
 * <p>
 * The documents are those of a statistics projection ({@link FiscalYearStatistics}): one per fiscal year, its
 * {@link FiscalYearStatistics#FISCAL_YEAR} holding the start year. Figures that are running sums (a balance, cases
 * in a stage at the year's end) need every year up to B, not just the five shown: {@link #upTo} reads them all.
 */
public final class FiveYearTable {

    private static final int SERIES_YEARS = 5;

    private final List<FiscalYear> series;
    private final FiscalYear yearB;
    private final NavigableMap<Integer, YearFigures> years;
    private final PublishedColumns published;
    private Integer firstRecordedYear;

    private FiveYearTable(FiscalYear yearB, PublishedColumns published) {
        this.yearB = yearB;
        this.years = new TreeMap<>();
        this.published = published;
        LinkedList<FiscalYear> shown = new LinkedList<>();
        for (FiscalYear year = yearB; year != null && shown.size() < SERIES_YEARS; year = previousOrNull(year)) {
            shown.addFirst(year);
        }
        this.series = List.copyOf(shown);
    }

    /**
     * The five years' documents, read by {@code _id}: a handful in a collection of one document per year, and
     * whether any year before them has one (then every year shown is a recorded one).
     */
    public static FiveYearTable of(MongoCollection<Document> statistics, FiscalYear yearB,
                                   Function<FiscalYear, String> documentId, PublishedColumns published) {
        FiveYearTable table = new FiveYearTable(yearB, published);
        List<String> ids = table.series.stream().map(documentId).toList();
        statistics.find(Filters.in("_id", ids)).forEach(table::keep);
        int firstShown = table.series.get(0).startYear();
        if (statistics.find(Filters.lt(FiscalYearStatistics.FISCAL_YEAR, firstShown)).first() != null) {
            table.firstRecordedYear = firstShown;
        }
        return table;
    }

    /** Every year's document up to B, for figures that sum over all earlier years. */
    public static FiveYearTable upTo(MongoCollection<Document> statistics, FiscalYear yearB,
                                     PublishedColumns published) {
        FiveYearTable table = new FiveYearTable(yearB, published);
        statistics.find(Filters.lte(FiscalYearStatistics.FISCAL_YEAR, yearB.startYear())).forEach(table::keep);
        return table;
    }

    private void keep(Document document) {
        int year = document.getInteger(FiscalYearStatistics.FISCAL_YEAR);
        years.put(year, YearFigures.of(document));
        firstRecordedYear = firstRecordedYear == null ? year : Math.min(firstRecordedYear, year);
    }

    public List<FiscalYear> series() {
        return series;
    }

    public List<String> labels() {
        return series.stream().map(FiscalYear::label).toList();
    }

    public FiscalYear yearA() {
        return yearB.previous();
    }

    public FiscalYear yearB() {
        return yearB;
    }

    public YearFigures figures(FiscalYear year) {
        return years.getOrDefault(year.startYear(), YearFigures.of(null));
    }

    /** Whether the records cover the year: it is not before the first year with a statistics document. */
    public boolean recorded(FiscalYear year) {
        return firstRecordedYear != null && year.startYear() >= firstRecordedYear;
    }

    /** The years before {@code year} that have a document (none for a table of five years only). */
    List<FiscalYear> recordedBefore(FiscalYear year) {
        return years.headMap(year.startYear()).keySet().stream().map(FiscalYear::of).toList();
    }

    /** The lines of one table of the report (its code keys the published figures: {@code table.line}). */
    public TableLines table(String code) {
        return new TableLines(this, code);
    }

    /**
     * One line of figures: recorded, published or none for each year, then A, B, B − A and B/A %. A line that
     * carries over another ({@code carriedKey}, e.g. an opening balance the year before's closing) has its first
     * recorded year checked against that line's published figure of the year before ({@code null}: none).
     */
    ReportLine line(String key, String carriedKey, String code, String label, ReportFigure.Unit unit,
                    FigureFormula formula) {
        note(key, label, unit, formula);
        ToLongFunction<FiscalYear> figure = year -> formula.of(year, this);
        YearColumn column = year -> !recorded(year) ? published.beforeRecords(key, unit, year)
                : carriedKey != null && previousOrNull(year) != null && !recorded(year.previous())
                ? published.carriedOver(key, carriedKey, unit, year, figure.applyAsLong(year))
                : published.besideRecorded(key, unit, year, figure.applyAsLong(year));
        ReportFigure a = column.figure(yearA());
        ReportFigure b = column.figure(yearB);
        boolean exact = recorded(yearA()) && recorded(yearB);
        long exactA = exact ? figure.applyAsLong(yearA()) : 0;
        long exactB = exact ? figure.applyAsLong(yearB) : 0;
        return new ReportLine(code, label, unit, series.stream().map(column::figure).toList(), a, b,
                exact ? ReportFigures.figure(unit, null, exactB - exactA) : PrintedComparison.difference(unit, a, b),
                exact ? PresentationRounding.percent(exactB, exactA) : PrintedComparison.ratio(a, b));
    }

    /** Notes how the line is computed, for the drill-down. */
    void note(String key, String label, ReportFigure.Unit unit, FigureFormula formula) {
        published.note(key, new LineFormula(label, unit, formula));
    }

    /** A rate line: part / whole % per recorded year, B − A in points and B/A % from the exact counts. */
    ReportLine rateLine(String key, String code, String label, ToLongFunction<YearFigures> part,
                        ToLongFunction<YearFigures> whole) {
        ReportFigure.Unit unit = ReportFigure.Unit.PERCENT;
        YearColumn column = year -> recorded(year)
                ? published.besideRecordedRate(key, year, PresentationRounding.percent(
                        part.applyAsLong(figures(year)), whole.applyAsLong(figures(year))))
                : published.beforeRecords(key, unit, year);
        ReportFigure a = column.figure(yearA());
        ReportFigure b = column.figure(yearB);
        if (!(recorded(yearA()) && recorded(yearB))) {
            return new ReportLine(code, label, unit, series.stream().map(column::figure).toList(), a, b,
                    PrintedComparison.difference(unit, a, b), PrintedComparison.ratio(a, b));
        }
        long partA = part.applyAsLong(figures(yearA()));
        long wholeA = whole.applyAsLong(figures(yearA()));
        long partB = part.applyAsLong(figures(yearB));
        long wholeB = whole.applyAsLong(figures(yearB));
        return new ReportLine(code, label, unit, series.stream().map(column::figure).toList(), a, b,
                ReportFigures.rate(null, ReportFigures.rateDifference(partB, wholeB, partA, wholeA)),
                ReportFigures.rateRatio(partB, wholeB, partA, wholeA));
    }

    private static FiscalYear previousOrNull(FiscalYear year) {
        try {
            return year.previous();
        } catch (IllegalArgumentException beforeFirstYear) {
            return null;
        }
    }

    /** A line's figure for a year. */
    private interface YearColumn {
        ReportFigure figure(FiscalYear year);
    }
}
