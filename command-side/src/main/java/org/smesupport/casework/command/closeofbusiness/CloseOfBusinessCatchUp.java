package org.smesupport.casework.command.closeofbusiness;

import java.time.LocalDate;
import java.util.List;

/**
 * What one catch-up did: the days it closed, oldest first (none when everything was closed already), the
 * contracts that had instalments newly in arrears over all of them, and the business date it left.
 */
public record CloseOfBusinessCatchUp(List<CloseOfBusinessSummary> days, int contractsWithNewArrears,
                                     LocalDate businessDate) {

    static CloseOfBusinessCatchUp of(List<CloseOfBusinessSummary> days, LocalDate businessDate) {
        return new CloseOfBusinessCatchUp(List.copyOf(days),
                days.stream().mapToInt(CloseOfBusinessSummary::contractsWithNewArrears).sum(), businessDate);
    }

    static CloseOfBusinessCatchUp nothingToClose(LocalDate businessDate) {
        return new CloseOfBusinessCatchUp(List.of(), 0, businessDate);
    }
}
