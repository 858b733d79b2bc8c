package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * A step of an improvement-plan subsidy. With the payment application: {@code cost}, {@code twoThirds} =
 * ⌊cost × 2 / 3⌋ yen, the kind's {@code cap}, and {@code subsidy} = min(twoThirds, cap), so the cap's effect
 * is visible; the decided payment carries the same figures.
 */
@Revision("1")
public record ImprovementSubsidyStepRecordedEvent(
        ImprovementSubsidyId subsidyId,
        CompanyId companyId,
        ImprovementSubsidyKind kind,
        ImprovementSubsidyStep step,
        Boolean approved,
        Yen cost,
        Yen twoThirds,
        Yen cap,
        Yen subsidy,
        LocalDate on) {
}
