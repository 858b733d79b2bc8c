package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CloseOfBusinessCompletedEvent(
        String ledgerId,
        LocalDate businessDate,
        int contractsExamined,
        int contractsWithNewArrears) {
}
