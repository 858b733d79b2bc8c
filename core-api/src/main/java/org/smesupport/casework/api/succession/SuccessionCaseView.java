package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import java.util.List;

/**
 * A succession case: the firm, the side it consults on, whether the firm is in the prefecture (the centre's
 * record; absent for cases opened before it was kept), the dates of its diagnoses and plans, and the deal it
 * took part in. {@code version} is the expected version for the next command.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record SuccessionCaseView(
        String caseId,
        String reference,
        String companyId,
        String companyName,
        SuccessionSide side,
        LocalDate openedOn,
        Boolean inPrefecture,
        List<LocalDate> diagnoses,
        List<LocalDate> plans,
        List<SuccessionCaseDeal> deals,
        long version) {
}
