package org.smesupport.casework.command.succession;

import java.time.LocalDate;
import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionSide;

/** Tells a deal's command handler whether a case it names exists, and on which side. */
interface SuccessionCaseRegistry {

    /** The case as opened, or empty when no succession case is open under {@code caseId}. */
    Optional<OpenedCase> caseOf(SuccessionCaseId caseId);

    /** The concluded deal the case is party to, if any. */
    Optional<SuccessionDealId> dealOf(SuccessionCaseId caseId);

    /** {@code inPrefecture}: the case's own record; null for cases opened before it was kept. */
    record OpenedCase(CompanyId companyId, SuccessionSide side, LocalDate openedOn, Boolean inPrefecture) {
    }
}
