package org.smesupport.casework.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.web.Figures;
import org.springframework.stereotype.Component;

/**
 * Draws a five-year series for the templates ({@code ${@charts.of(line)}}): bars scaled to the largest year,
 * from the exact figures (yen, halves), so a bar never disagrees with the table beside it.
 */
@Component("charts")
public class ReportCharts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Figures figures;

    ReportCharts(Figures figures) {
        this.figures = figures;
    }

    public FiveYearChart of(ReportLine line) {
        return draw(line.label(), line.years().stream()
                .map(year -> new Year(magnitude(year), year.label() + " " + figures.figure(year))).toList());
    }

    /**
     * Scales in exact arithmetic (a bar's height is its figure over the largest one, in yen or halves as the
     * report keeps them); only the drawn coordinate, rounded to a hundredth of the chart's unit, is a decimal.
     */
    private static FiveYearChart draw(String label, List<Year> years) {
        BigDecimal largest = years.stream().map(Year::magnitude).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal room = BigDecimal.valueOf(FiveYearChart.HEIGHT - FiveYearChart.TOP);
        List<FiveYearChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            BigDecimal height = largest.signum() == 0 ? BigDecimal.ZERO
                    : years.get(i).magnitude().multiply(room).divide(largest, 2, RoundingMode.HALF_UP);
            bars.add(new FiveYearChart.Bar(i * (FiveYearChart.BAR_WIDTH + FiveYearChart.GAP),
                    BigDecimal.valueOf(FiveYearChart.HEIGHT).subtract(height).doubleValue(), height.doubleValue(),
                    years.get(i).text()));
        }
        return new FiveYearChart(bars, label + "：" + years.stream().map(Year::text).collect(Collectors.joining("、")));
    }

    /**
     * The figure's size in its unit (a published amount is known only in 千円, so it is drawn as that many thousand
     * yen); a year without a figure, or a negative one (none today), draws no bar rather than one below the axis.
     */
    private static BigDecimal magnitude(ReportFigure figure) {
        BigDecimal value = figure.count() != null ? BigDecimal.valueOf(figure.count())
                : figure.halves() != null ? BigDecimal.valueOf(figure.halves())
                : figure.yen() != null ? BigDecimal.valueOf(figure.yen())
                : figure.thousandYen() != null ? BigDecimal.valueOf(figure.thousandYen()).multiply(THOUSAND)
                : figure.percent();
        return value == null ? BigDecimal.ZERO : value.max(BigDecimal.ZERO);
    }

    private record Year(BigDecimal magnitude, String text) {
    }
}
