package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

public record CreditorConsentRecordedEvent(
        RestructuringCaseId caseId,
        String creditor,
        boolean consented,
        LocalDate recordedOn) {
}
