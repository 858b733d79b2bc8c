package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.company.CompanyId;

/**
 * A succession consultation (事業引継ぎ相談) for a registered firm, on one side. {@code inPrefecture}: where
 * the centre finds the firm at intake (null: in the prefecture, as a client of the prefecture's centre).
 */
public record OpenSuccessionCaseCommand(
        @TargetAggregateIdentifier SuccessionCaseId caseId,
        CompanyId companyId,
        SuccessionSide side,
        @CountsInFiscalYear LocalDate openedOn,
        Boolean inPrefecture) {
}
