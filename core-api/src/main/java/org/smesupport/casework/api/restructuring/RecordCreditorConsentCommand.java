package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** Whether a creditor consented to the plan; a later answer replaces the earlier one and both are kept. */
public record RecordCreditorConsentCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        String creditor,
        boolean consented,
        @CountsInFiscalYear LocalDate recordedOn) {
}
