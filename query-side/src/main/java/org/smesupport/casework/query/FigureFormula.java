package org.smesupport.casework.query;

import java.util.function.ToLongFunction;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * How a line's figure for a fiscal year is computed from the statistics documents: what each earlier year's
 * document adds plus what the year's own document adds. A flow of the year (sessions, contracts) has nothing from
 * earlier years; a balance at the year's end sums a flow over every year up to it; an opening balance sums the
 * flow of the years before it plus what the year opened with. Because a figure is a sum over documents, the
 * change one event makes to one document moves the figures by exactly {@link #ownMove} and {@link #laterMove}:
 * the drill-down ({@link FigureTrail}) adds those moves up and gets the figure back.
 *
 * @param earlierYears what a year's document adds to the figures of the years after it
 * @param ownYear what a year's document adds to its own year's figure
 */
public record FigureFormula(ToLongFunction<YearFigures> earlierYears, ToLongFunction<YearFigures> ownYear) {

    /** A figure of the year's own document alone. */
    public static FigureFormula ofTheYear(ToLongFunction<YearFigures> figure) {
        return new FigureFormula(year -> 0, figure);
    }

    /** A running sum of {@code flow} over every year up to and including the year (a balance at its end). */
    public static FigureFormula throughTheYear(ToLongFunction<YearFigures> flow) {
        return new FigureFormula(flow, flow);
    }

    /** The figure of {@code year} from {@code documents}, the statistics documents of every year up to it. */
    long of(FiscalYear year, FiveYearTable documents) {
        long figure = ownYear.applyAsLong(documents.figures(year));
        for (FiscalYear earlier : documents.recordedBefore(year)) {
            figure += earlierYears.applyAsLong(documents.figures(earlier));
        }
        return figure;
    }

    /** How much a change of a year's document from before to after moves that year's figure. */
    long ownMove(YearFigures before, YearFigures after) {
        return ownYear.applyAsLong(after) - ownYear.applyAsLong(before);
    }

    /** How much a change of a year's document from before to after moves the figure of every later year. */
    long laterMove(YearFigures before, YearFigures after) {
        return earlierYears.applyAsLong(after) - earlierYears.applyAsLong(before);
    }
}
