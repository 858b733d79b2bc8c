package org.smesupport.casework.api.lease;

import java.time.LocalDate;

public record CloseOfBusinessCompletedEvent(
        String ledgerId,
        LocalDate businessDate,
        int contractsExamined,
        int contractsWithNewArrears) {
}
