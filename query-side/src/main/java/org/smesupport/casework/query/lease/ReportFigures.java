package org.smesupport.casework.query.lease;

import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.lease.LeaseFigure;
import org.smesupport.casework.query.PresentationRounding;

/**
 * Builds the lease report's figures: counts as they are, amounts in exact yen with their 千円 rounded for
 * presentation ({@link PresentationRounding}: half-up, away from zero on a tie, so −1,500 yen shows as
 * −2 千円). Every sum and difference is taken in exact yen before rounding.
 */
final class ReportFigures {

    private ReportFigures() {
    }

    static LeaseFigure figure(LeaseFigure.Unit unit, FiscalYear year, long value) {
        Integer fiscalYear = year == null ? null : year.startYear();
        String label = year == null ? null : year.label();
        return unit == LeaseFigure.Unit.COUNT
                ? new LeaseFigure(fiscalYear, label, value, null, null)
                : new LeaseFigure(fiscalYear, label, null, value, PresentationRounding.thousandYen(value));
    }
}
