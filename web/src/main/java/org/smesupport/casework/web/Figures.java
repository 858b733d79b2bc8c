package org.smesupport.casework.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.Yen;
import org.springframework.stereotype.Component;

/**
 * Numbers as the published report prints them, for the templates ({@code ${@figures.signed(row.difference)}}):
 * thousands separated, a negative with △ instead of a minus sign, an undefined percentage as a dash, a year
 * without a figure as "―".
 */
@Component("figures")
public class Figures {

    private static final String TRIANGLE = "△";
    /** A year without a figure (before the programme's records, nothing published), as the report prints it. */
    private static final String NO_FIGURE = "―";

    public String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** A count that may be half-counted (15.5 deals): thousands separated, its one decimal kept; a dash for none. */
    public String count(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A count that may be unknown (a year before the records): "―" then, as the report prints it. */
    public String countOrNone(Long value) {
        return value == null ? NO_FIGURE : count(value.longValue());
    }

    /** A difference that may be unknown (its A before the records): a dash then. */
    public String signedOrNone(Long value) {
        return value == null ? "-" : signed(value.longValue());
    }

    public String signed(long value) {
        return value < 0 ? TRIANGLE + count(-value) : count(value);
    }

    /** An amount in yen as a page shows it: {@code 1,234円}, a negative {@code △1,234円}. */
    public String yen(Yen amount) {
        return amount == null ? "-" : signed(amount.value()) + "円";
    }

    /**
     * A report figure in its line's unit as the published tables print it: a count, a half-count with one
     * decimal (15.5), an amount in 千円 (already rounded half-up for presentation), a rate in %; △ for a negative
     * (a B−A), a dash where there is no figure.
     */
    public String figure(ReportFigure figure) {
        if (figure == null) {
            return "-";
        }
        if (figure.source() == ReportFigure.Source.NONE) {
            return NO_FIGURE;
        }
        if (figure.count() != null) {
            return signed(figure.count());
        }
        if (figure.halfCounted() != null) {
            return decimal(figure.halfCounted());
        }
        return figure.thousandYen() != null ? signed(figure.thousandYen()) : decimal(figure.percent());
    }

    /**
     * A figure or a record's part of it in the line's exact unit, as the drill-down counts it: a count, a half-count
     * from its halves (15.5), an amount in yen (not 千円, so the records add up to it to the yen); △ for a negative.
     */
    public String exact(ReportFigure.Unit unit, long value) {
        return switch (unit) {
            case HALF_COUNT -> decimal(BigDecimal.valueOf(value * 5, 1));
            case YEN -> signed(value) + "円";
            default -> signed(value);
        };
    }

    public String percent(BigDecimal value) {
        return decimal(value);
    }

    private static String decimal(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return value.signum() < 0 ? TRIANGLE + value.negate().toPlainString() : value.toPlainString();
    }
}
