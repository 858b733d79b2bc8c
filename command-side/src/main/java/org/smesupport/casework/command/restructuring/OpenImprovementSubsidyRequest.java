package org.smesupport.casework.command.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;

/** The first step of a subsidy file, the usage application received (利用申請受付), which opens it. */
record OpenImprovementSubsidyRequest(
        @NotBlank String companyId,
        @NotNull ImprovementSubsidyKind kind,
        @NotNull LocalDate on) {

    RecordImprovementSubsidyStepCommand toCommand(ImprovementSubsidyId subsidyId) {
        return new RecordImprovementSubsidyStepCommand(subsidyId, ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED,
                CompanyId.of(companyId), kind, null, null, on);
    }
}
