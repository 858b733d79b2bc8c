package org.smesupport.casework.lease;

import java.time.LocalDate;

public record CloseOfBusinessCompletedEvent(
        String ledgerId,
        LocalDate businessDate,
        int contractsExamined,
        int contractsWithNewArrears) {
}
