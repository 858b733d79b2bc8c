package org.smesupport.casework.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The COVID special rescheduling (新型コロナウイルス感染症特例リスケジュール, 特例リスケ) was arranged for the firm. */
public record ApplySpecialReschedulingCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        LocalDate appliedOn,
        String note) {
}
