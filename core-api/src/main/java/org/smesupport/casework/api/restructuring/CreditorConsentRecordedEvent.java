package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CreditorConsentRecordedEvent(
        RestructuringCaseId caseId,
        String creditor,
        boolean consented,
        LocalDate recordedOn) {
}
