package org.smesupport.casework.command.fiscalyear;

import java.util.Optional;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.command.common.BusinessRuleViolation;

/**
 * Tells an aggregate whether a fiscal year is closed, for the entries it files into a year other than
 * the command's own dates (a corrected matching outcome counts in the year of the original decision).
 */
public interface ClosedFiscalYears {

    Optional<FiscalYearClosures.Closure> closureOf(FiscalYear year);

    /**
     * Refuses, naming {@code field}, what would change the figures of a closed year: the refusal {@code code}
     * names the year as {0}, the day it was closed as {1}, and {@code arguments} (what would change) from {2} on.
     */
    default void refuseIfClosed(FiscalYear year, String field, String code, Object... arguments) {
        closureOf(year).ifPresent(closure -> {
            Object[] named = new Object[arguments.length + 2];
            named[0] = year.label();
            named[1] = closure.closedOn();
            System.arraycopy(arguments, 0, named, 2, arguments.length);
            throw new BusinessRuleViolation(field, code, named);
        });
    }
}
