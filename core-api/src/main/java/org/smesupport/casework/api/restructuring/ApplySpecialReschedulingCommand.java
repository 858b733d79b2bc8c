package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** The COVID special rescheduling (新型コロナウイルス感染症特例リスケジュール, 特例リスケ) was arranged for the firm. */
public record ApplySpecialReschedulingCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        @CountsInFiscalYear LocalDate appliedOn,
        String note) {
}
