package org.smesupport.casework.api.restructuring;

public record CreditorAddedEvent(
        RestructuringCaseId caseId,
        String creditor,
        CreditorKind kind) {
}
