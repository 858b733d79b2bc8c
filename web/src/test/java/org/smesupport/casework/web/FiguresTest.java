package org.smesupport.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.ReportFigure;

class FiguresTest {

    private final Figures figures = new Figures();

    @Test
    void printsNegativesWithATriangleAsTheReportDoes() {
        assertThat(figures.signed(-1_234)).isEqualTo("△1,234");
        assertThat(figures.signed(5_678_901)).isEqualTo("5,678,901");
        assertThat(figures.percent(new BigDecimal("-12.5"))).isEqualTo("△12.5");
        assertThat(figures.percent(new BigDecimal("104.0"))).isEqualTo("104.0");
        assertThat(figures.percent(null)).as("an undefined ratio").isEqualTo("-");
    }

    @Test
    void printsAReportFigureInItsUnit() {
        assertThat(figures.figure(new ReportFigure(2020, "2020 (R02)", 1_234L, null, null, null, null, null)))
                .isEqualTo("1,234");
        assertThat(figures.figure(new ReportFigure(null, null, null, -31L, new BigDecimal("-15.5"), null, null, null)))
                .as("a half-counted difference").isEqualTo("△15.5");
        assertThat(figures.figure(new ReportFigure(null, null, null, null, null, -2_345_678L, -2_346L, null)))
                .as("yen in 千円, rounded for presentation only").isEqualTo("△2,346");
        assertThat(figures.figure(new ReportFigure(2020, "2020 (R02)", null, null, null, null, null,
                new BigDecimal("87.5")))).isEqualTo("87.5");
        assertThat(figures.figure(null)).isEqualTo("-");
    }
}
