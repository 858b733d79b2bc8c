package org.smesupport.casework.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
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
 * figure per year. A year without a document is a year without activity: all zeros.
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

    private FiveYearTable(FiscalYear yearB, NavigableMap<Integer, YearFigures> years) {
        this.yearB = yearB;
        this.years = years;
        LinkedList<FiscalYear> shown = new LinkedList<>();
        for (FiscalYear year = yearB; year != null && shown.size() < SERIES_YEARS; year = previousOrNull(year)) {
            shown.addFirst(year);
        }
        this.series = List.copyOf(shown);
    }

    /** The five years' documents, read by {@code _id}: a handful in a collection of one document per year. */
    public static FiveYearTable of(MongoCollection<Document> statistics, FiscalYear yearB,
                                   Function<FiscalYear, String> documentId) {
        FiveYearTable table = new FiveYearTable(yearB, new TreeMap<>());
        List<String> ids = table.series.stream().map(documentId).toList();
        statistics.find(Filters.in("_id", ids)).forEach(table::keep);
        return table;
    }

    /** Every year's document up to B, for figures that sum over all earlier years. */
    public static FiveYearTable upTo(MongoCollection<Document> statistics, FiscalYear yearB) {
        FiveYearTable table = new FiveYearTable(yearB, new TreeMap<>());
        statistics.find(Filters.lte(FiscalYearStatistics.FISCAL_YEAR, yearB.startYear())).forEach(table::keep);
        return table;
    }

    private void keep(Document document) {
        years.put(document.getInteger(FiscalYearStatistics.FISCAL_YEAR), YearFigures.of(document));
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

    /**
     * The running sum of {@code flow} over every year read up to and including each year (years before the first
     * document add nothing): e.g. arrears at a year's end. Needs {@link #upTo}.
     */
    public Map<FiscalYear, Long> runningSum(ToLongFunction<YearFigures> flow) {
        Map<FiscalYear, Long> sums = new HashMap<>();
        long running = 0;
        int first = years.isEmpty() ? series.get(0).startYear() : Math.min(years.firstKey(), series.get(0).startYear());
        for (int start = first; start <= yearB.startYear(); start++) {
            running += flow.applyAsLong(years.getOrDefault(start, YearFigures.of(null)));
            sums.put(FiscalYear.of(start), running);
        }
        return sums;
    }

    /** A line of one figure per year, read from the year's document. */
    public ReportLine line(String code, String label, ReportFigure.Unit unit, ToLongFunction<YearFigures> figure) {
        return yearLine(code, label, unit, year -> figure.applyAsLong(figures(year)));
    }

    /** A line whose figure depends on the year's place in the series as well (a balance, a running sum). */
    public ReportLine yearLine(String code, String label, ReportFigure.Unit unit, ToLongFunction<FiscalYear> figure) {
        long a = figure.applyAsLong(yearA());
        long b = figure.applyAsLong(yearB);
        return new ReportLine(code, label, unit,
                series.stream().map(year -> ReportFigures.figure(unit, year, figure.applyAsLong(year))).toList(),
                ReportFigures.figure(unit, yearA(), a), ReportFigures.figure(unit, yearB, b),
                ReportFigures.figure(unit, null, b - a), PresentationRounding.percent(b, a));
    }

    /** A rate part / whole % per year; B − A in percentage points and B/A %, both from the exact counts. */
    public ReportLine rateLine(String code, String label, ToLongFunction<YearFigures> part,
                               ToLongFunction<YearFigures> whole) {
        YearFigures a = figures(yearA());
        YearFigures b = figures(yearB);
        long partA = part.applyAsLong(a);
        long wholeA = whole.applyAsLong(a);
        long partB = part.applyAsLong(b);
        long wholeB = whole.applyAsLong(b);
        return new ReportLine(code, label, ReportFigure.Unit.PERCENT,
                series.stream().map(year -> ReportFigures.rate(year, PresentationRounding.percent(
                        part.applyAsLong(figures(year)), whole.applyAsLong(figures(year))))).toList(),
                ReportFigures.rate(yearA(), PresentationRounding.percent(partA, wholeA)),
                ReportFigures.rate(yearB, PresentationRounding.percent(partB, wholeB)),
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
}
