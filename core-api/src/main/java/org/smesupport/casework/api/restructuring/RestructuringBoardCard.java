package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** A case on the board: the day it entered the column's stage and the whole days it has been there. */
public record RestructuringBoardCard(
        String caseId,
        String companyId,
        String summary,
        String caseworker,
        LocalDate enteredOn,
        long daysInStage) {
}
