package org.smesupport.casework.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.consultation.FiscalYearCount;
import org.smesupport.casework.web.Figures;
import org.springframework.stereotype.Component;

/**
 * Draws a five-year series for the templates ({@code ${@charts.of(line)}}): bars scaled to the largest year,
 * from the exact figures (yen, halves), so a bar never disagrees with the table beside it.
 */
@Component("charts")
public class ReportCharts {

    private final Figures figures;

    ReportCharts(Figures figures) {
        this.figures = figures;
    }

    public FiveYearChart of(ReportLine line) {
        return draw(line.label(), line.years().stream()
                .map(year -> new Year(magnitude(year), year.label() + " " + figures.figure(year))).toList());
    }

    public FiveYearChart of(String label, List<FiscalYearCount> years) {
        return draw(label, years.stream()
                .map(year -> new Year(year.count(), year.label() + " " + figures.count(year.count()))).toList());
    }

    private static FiveYearChart draw(String label, List<Year> years) {
        double largest = years.stream().mapToDouble(Year::magnitude).max().orElse(0);
        double scale = largest == 0 ? 0 : (FiveYearChart.HEIGHT - FiveYearChart.TOP) / largest;
        List<FiveYearChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            double height = years.get(i).magnitude() * scale;
            bars.add(new FiveYearChart.Bar(i * (FiveYearChart.BAR_WIDTH + FiveYearChart.GAP),
                    FiveYearChart.HEIGHT - height, height, years.get(i).text()));
        }
        return new FiveYearChart(bars, label + "：" + years.stream().map(Year::text).collect(Collectors.joining("、")));
    }

    /** The figure's size in its unit; a negative year (none today) draws no bar rather than one below the axis. */
    private static double magnitude(ReportFigure figure) {
        BigDecimal value = figure.count() != null ? BigDecimal.valueOf(figure.count())
                : figure.halves() != null ? BigDecimal.valueOf(figure.halves())
                : figure.yen() != null ? BigDecimal.valueOf(figure.yen())
                : figure.percent();
        return value == null ? 0 : Math.max(0, value.doubleValue());
    }

    private record Year(double magnitude, String text) {
    }
}
