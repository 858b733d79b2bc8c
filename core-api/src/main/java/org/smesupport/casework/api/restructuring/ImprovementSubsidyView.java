package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;

/**
 * An improvement-plan subsidy file: its steps in the order recorded, whether a refused decision ended it, and
 * from the payment application on the figures: {@code cost}, {@code twoThirds} = ⌊cost × 2 / 3⌋, the kind's
 * {@code cap} and {@code subsidy} = min(twoThirds, cap) (all {@code null} before).
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record ImprovementSubsidyView(
        String subsidyId,
        String reference,
        String companyId,
        String companyName,
        ImprovementSubsidyKind kind,
        boolean refused,
        ImprovementSubsidyStep lastStep,
        LocalDate lastStepOn,
        List<ImprovementSubsidyStepView> steps,
        Yen cost,
        Yen twoThirds,
        Yen cap,
        Yen subsidy,
        long version) {
}
