package org.smesupport.casework.api.published;

import java.util.List;

/** The published figures of one report, with the inconsistencies among them ({@link PublishedFigureChecks}). */
public record PublishedFigures(String report, List<PublishedFigure> figures, List<PublishedInconsistency> inconsistencies) {

    public PublishedFigures {
        figures = List.copyOf(figures);
        inconsistencies = List.copyOf(inconsistencies);
    }

    public static PublishedFigures of(String report, List<PublishedFigure> figures) {
        return new PublishedFigures(report, figures, PublishedFigureChecks.check(report, figures));
    }
}
