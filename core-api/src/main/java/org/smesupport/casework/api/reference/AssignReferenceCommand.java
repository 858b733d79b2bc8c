package org.smesupport.casework.api.reference;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * Gives {@code recordId} the next number of its kind and fiscal year (April–March, named by its first
 * calendar year); sent by the command side itself (the {@code reference-assignment} processor) for each record
 * it sees created. A record numbered already keeps its number.
 */
public record AssignReferenceCommand(
        @TargetAggregateIdentifier String registerId,
        ReferenceKind kind,
        int fiscalYear,
        String recordId) {

    public static AssignReferenceCommand of(ReferenceKind kind, FiscalYear fiscalYear, String recordId) {
        return new AssignReferenceCommand(kind.registerId(fiscalYear), kind, fiscalYear.startYear(), recordId);
    }
}
