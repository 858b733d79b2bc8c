package org.smesupport.casework.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;

/**
 * Figures as printed, and B − A and B/A % where A or B is a published figure: a published figure is known only as
 * printed (千円, one decimal), so the comparison is taken from the printed figures of both years, as the published
 * report itself took it. Where either year has no figure, neither has a comparison ("―").
 */
final class PrintedComparison {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PrintedComparison() {
    }

    /** No figure: "―". {@code year} is {@code null} for a difference. */
    static ReportFigure none(FiscalYear year) {
        return new ReportFigure(year == null ? null : year.startYear(), year == null ? null : year.label(),
                null, null, null, null, null, null, ReportFigure.Source.NONE, null, null);
    }

    /** A figure known only as printed: a count, 千円, a half-count or a rate with one decimal. */
    static ReportFigure printed(ReportFigure.Unit unit, FiscalYear year, BigDecimal value, ReportFigure.Source source,
                                String flag) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return switch (unit) {
            case COUNT, COMPANIES, TIMES -> new ReportFigure(fiscalYear, label, value.longValueExact(), null, null, null, null, null,
                    source, null, flag);
            case HALF_COUNT -> new ReportFigure(fiscalYear, label, null, value.multiply(TWO).longValueExact(),
                    value.setScale(1, RoundingMode.UNNECESSARY), null, null, null, source, null, flag);
            case YEN -> new ReportFigure(fiscalYear, label, null, null, null, null, value.longValueExact(), null,
                    source, null, flag);
            case PERCENT -> new ReportFigure(fiscalYear, label, null, null, null, null, null,
                    value.setScale(1, RoundingMode.UNNECESSARY), source, null, flag);
        };
    }

    /** The figure as printed: its count, half-count, 千円 or rate; {@code null} for none. */
    static BigDecimal printedValue(ReportFigure figure) {
        if (figure.count() != null) {
            return BigDecimal.valueOf(figure.count());
        }
        if (figure.halfCounted() != null) {
            return figure.halfCounted();
        }
        return figure.thousandYen() != null ? BigDecimal.valueOf(figure.thousandYen()) : figure.percent();
    }

    /** B − A of the printed figures; "―" where either has none. */
    static ReportFigure difference(ReportFigure.Unit unit, ReportFigure a, ReportFigure b) {
        BigDecimal printedA = printedValue(a);
        BigDecimal printedB = printedValue(b);
        if (printedA == null || printedB == null) {
            return none(null);
        }
        return printed(unit, null, printedB.subtract(printedA), null, null);
    }

    /** B/A % of the printed figures, one decimal half-up; {@code null} where either has none or A is 0. */
    static BigDecimal ratio(ReportFigure a, ReportFigure b) {
        BigDecimal printedA = printedValue(a);
        BigDecimal printedB = printedValue(b);
        if (printedA == null || printedB == null || printedA.signum() == 0) {
            return null;
        }
        return printedB.multiply(HUNDRED).divide(printedA, 1, RoundingMode.HALF_UP);
    }
}
