package org.smesupport.casework.succession;

import java.time.LocalDate;
import java.util.Optional;
import org.smesupport.casework.company.CompanyId;

/** Tells a deal's command handler whether a case it names exists, and on which side. */
interface SuccessionCaseRegistry {

    /** The case as opened, or empty when no succession case is open under {@code caseId}. */
    Optional<OpenedCase> caseOf(SuccessionCaseId caseId);

    record OpenedCase(CompanyId companyId, SuccessionSide side, LocalDate openedOn) {
    }
}
