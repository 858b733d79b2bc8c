package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.Reasoned;

/** Ends the case at any stage: withdrawn by the firm, or closed by the centre; the reason is required. */
public record EndRestructuringCaseCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        boolean withdrawnByFirm,
        String reason,
        @CountsInFiscalYear LocalDate endedOn) implements Reasoned {
}
