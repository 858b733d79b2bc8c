package org.smesupport.casework.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;

/** A succession plan (事業承継計画) drawn up for the case's firm. */
public record RecordSuccessionPlanCommand(
        @TargetAggregateIdentifier SuccessionCaseId caseId,
        @CountsInFiscalYear LocalDate plannedOn) {
}
