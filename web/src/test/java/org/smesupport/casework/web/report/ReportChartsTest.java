package org.smesupport.casework.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.web.Figures;

class ReportChartsTest {

    private final ReportCharts charts = new ReportCharts(new Figures());

    @Test
    void scalesTheBarsToTheLargestYearFromTheExactYen() {
        List<ReportFigure> years = List.of(yen(2016, 0), yen(2017, 1_000_499), yen(2018, 2_000_000), yen(2019, 500_000),
                yen(2020, 1_000_000));
        FiveYearChart chart = charts.of(new ReportLine("AMOUNT", "貸与金額", ReportFigure.Unit.YEN, years,
                years.get(3), years.get(4), null, null));
        assertThat(chart.bars()).extracting(FiveYearChart.Bar::x).containsExactly(0, 24, 48, 72, 96);
        assertThat(chart.bars().get(2).height()).as("the largest year fills the chart")
                .isEqualTo(FiveYearChart.HEIGHT - FiveYearChart.TOP);
        assertThat(chart.bars().get(2).y()).isEqualTo(FiveYearChart.TOP);
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.bars().get(4).height()).isEqualTo(chart.bars().get(2).height() / 2);
        assertThat(chart.description()).isEqualTo(
                "貸与金額：2016 0、2017 1,000、2018 2,000、2019 500、2020 1,000");
    }

    @Test
    void drawsNoBarsForAnEmptySeries() {
        List<ReportFigure> years = List.of(yen(2019, 0), yen(2020, 0));
        assertThat(charts.of(new ReportLine("AMOUNT", "貸与金額", ReportFigure.Unit.YEN, years, years.get(0),
                years.get(1), null, null)).bars()).allSatisfy(bar -> assertThat(bar.height()).isZero());
    }

    private static ReportFigure yen(int year, long yen) {
        return new ReportFigure(year, String.valueOf(year), null, null, null, yen, Math.round(yen / 1000.0), null);
    }
}
