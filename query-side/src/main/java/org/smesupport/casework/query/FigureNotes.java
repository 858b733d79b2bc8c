package org.smesupport.casework.query;

import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;

/**
 * What a printed table says about a line's figures beyond the numbers, in Japanese: the years shown as published
 * (公表値), a published figure that does not add up (不一致), and a recorded figure that differs from the one
 * published for the same year (公表値との差). Empty for a line computed wholly from the records.
 */
public final class FigureNotes {

    private FigureNotes() {
    }

    public static String of(ReportLine line) {
        List<String> notes = new ArrayList<>();
        List<String> published = line.years().stream()
                .filter(figure -> figure.source() == ReportFigure.Source.PUBLISHED)
                .map(ReportFigure::label)
                .toList();
        if (!published.isEmpty()) {
            notes.add("公表値: " + String.join("、", published));
        }
        line.years().stream().filter(figure -> figure.flag() != null)
                .forEach(figure -> notes.add("不一致 " + figure.label() + ": " + figure.flag()));
        line.years().stream().filter(figure -> figure.published() != null)
                .forEach(figure -> notes.add("公表値との差 " + figure.label() + ": 公表 "
                        + figure.published().toPlainString() + "、記録 "
                        + recorded(figure)));
        return notes.isEmpty() ? null : String.join(" / ", notes);
    }

    private static String recorded(ReportFigure figure) {
        return PrintedComparison.printedValue(figure) == null ? Csv.NO_FIGURE
                : PrintedComparison.printedValue(figure).toPlainString();
    }
}
