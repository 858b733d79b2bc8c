package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** A succession diagnosis (事業承継診断) for the case's firm. */
public record RecordSuccessionDiagnosisCommand(
        @TargetAggregateIdentifier SuccessionCaseId caseId,
        @CountsInFiscalYear LocalDate diagnosedOn) {
}
