package org.smesupport.casework.web.report;

import java.util.List;

/**
 * A report line's five years as a small bar chart, drawn by the page as SVG (no chart library: five rectangles).
 * Each bar's {@code y} and {@code height} are in the chart's own units ({@link #WIDTH} × {@link #HEIGHT}), its
 * {@code text} the figure as the table prints it; {@code description} reads the series for a screen reader.
 */
public record FiveYearChart(List<Bar> bars, String description) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 40;
    static final int BAR_WIDTH = 18;
    static final int GAP = 6;
    static final int TOP = 2;

    public record Bar(int x, double y, double height, String text) {
    }
}
