package org.smesupport.casework.restructuring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.company.CompanyId;

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
