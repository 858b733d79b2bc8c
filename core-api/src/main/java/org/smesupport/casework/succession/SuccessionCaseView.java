package org.smesupport.casework.succession;

import java.time.LocalDate;
import java.util.List;

/**
 * A succession case: the firm, the side it consults on, the dates of its diagnoses and plans, and the deals it
 * took part in. {@code version} is the expected version for the next command.
 */
public record SuccessionCaseView(
        String caseId,
        String companyId,
        SuccessionSide side,
        LocalDate openedOn,
        List<LocalDate> diagnoses,
        List<LocalDate> plans,
        List<SuccessionCaseDeal> deals,
        long version) {
}
