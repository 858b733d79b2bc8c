package org.smesupport.casework.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Numbers as the published report prints them, for the templates ({@code ${@figures.signed(row.difference)}}):
 * thousands separated, a negative with △ instead of a minus sign, an undefined percentage as a dash.
 */
@Component("figures")
public class Figures {

    private static final String TRIANGLE = "△";

    public String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    public String signed(long value) {
        return value < 0 ? TRIANGLE + count(-value) : count(value);
    }

    public String percent(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return value.signum() < 0 ? TRIANGLE + value.negate().toPlainString() : value.toPlainString();
    }
}
