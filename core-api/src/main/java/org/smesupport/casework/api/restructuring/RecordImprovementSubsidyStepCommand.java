package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * One step of an improvement-plan subsidy, in order: usage application received (opens the file: needs
 * {@code companyId} and {@code kind}) → decided → payment application received (needs {@code cost}, the
 * plan's cost in yen) → decided → then monitoring reports, each received → decided, any number of times.
 * {@code approved} is for the decisions: a refused usage or payment application ends the file.
 */
public record RecordImprovementSubsidyStepCommand(
        @TargetAggregateIdentifier ImprovementSubsidyId subsidyId,
        ImprovementSubsidyStep step,
        CompanyId companyId,
        ImprovementSubsidyKind kind,
        Yen cost,
        Boolean approved,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate on) {
}
