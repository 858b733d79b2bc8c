package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/**
 * A case on the board: the day it entered the column's stage and the whole days it has been there.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record RestructuringBoardCard(
        String caseId,
        String reference,
        String companyId,
        String companyName,
        String summary,
        String caseworker,
        LocalDate enteredOn,
        long daysInStage) {
}
