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

    /** Refuses, naming {@code field}, what would change the figures of a closed year. */
    default void refuseIfClosed(FiscalYear year, String field, String what) {
        closureOf(year).ifPresent(closure -> {
            throw new BusinessRuleViolation(field, ("%s counts in %s, which was closed on "
                    + "%s: its figures are final. Ask an administrator to reopen %s with a reason.")
                    .formatted(what, year.label(), closure.closedOn(), year.label()));
        });
    }
}
