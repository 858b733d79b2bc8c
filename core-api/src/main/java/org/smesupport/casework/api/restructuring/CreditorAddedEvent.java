package org.smesupport.casework.api.restructuring;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CreditorAddedEvent(
        RestructuringCaseId caseId,
        String creditor,
        CreditorKind kind) {
}
