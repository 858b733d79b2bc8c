package org.smesupport.casework.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.company.CompanyId;

/** First response (1次対応) to a registered firm in financial difficulty. */
public record OpenRestructuringCaseCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        CompanyId companyId,
        String summary,
        @CountsInFiscalYear LocalDate openedOn) {
}
