package org.smesupport.casework.restructuring;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.NotAfterBusinessDate;
import org.smesupport.casework.common.Yen;
import org.smesupport.casework.company.CompanyId;

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
