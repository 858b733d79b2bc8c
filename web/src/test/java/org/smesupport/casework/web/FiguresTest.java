package org.smesupport.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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
}
