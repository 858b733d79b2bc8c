package org.smesupport.casework.restructuring;

import java.time.LocalDate;

public record CreditorConsentRecordedEvent(
        RestructuringCaseId caseId,
        String creditor,
        boolean consented,
        LocalDate recordedOn) {
}
