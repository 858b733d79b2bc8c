package org.smesupport.casework.restructuring;

public record CreditorAddedEvent(
        RestructuringCaseId caseId,
        String creditor,
        CreditorKind kind) {
}
