package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/**
 * A case on the board: the day it entered the column's stage and the whole days it has been there.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 */
public record RestructuringBoardCard(
        String caseId,
        String reference,
        String companyId,
        String summary,
        String caseworker,
        LocalDate enteredOn,
        long daysInStage) {
}
