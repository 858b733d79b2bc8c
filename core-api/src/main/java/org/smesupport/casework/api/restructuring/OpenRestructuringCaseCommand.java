package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.company.CompanyId;

/** First response (1次対応) to a registered firm in financial difficulty. */
public record OpenRestructuringCaseCommand(
        @TargetAggregateIdentifier RestructuringCaseId caseId,
        CompanyId companyId,
        String summary,
        @CountsInFiscalYear LocalDate openedOn) {
}
