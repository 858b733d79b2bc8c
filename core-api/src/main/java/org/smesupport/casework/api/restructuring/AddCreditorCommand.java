package org.smesupport.casework.api.restructuring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A creditor involved in the restructuring (each name once per case). */
public record AddCreditorCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        String creditor,
        CreditorKind kind) {
}
