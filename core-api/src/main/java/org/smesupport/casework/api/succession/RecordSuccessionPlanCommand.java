package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** A succession plan (事業承継計画) drawn up for the case's firm. */
public record RecordSuccessionPlanCommand(
        @TargetAggregateIdentifier SuccessionCaseId caseId,
        @CountsInFiscalYear LocalDate plannedOn) {
}
