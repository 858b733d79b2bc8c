package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

/**
 * A succession case opened. {@code inPrefecture}: the centre's own record of whether the firm is in the
 * prefecture, which a deal's 0.5 counting takes from here (absent from events stored before it was kept).
 */
@Revision("1")
public record SuccessionCaseOpenedEvent(
        SuccessionCaseId caseId,
        CompanyId companyId,
        SuccessionSide side,
        LocalDate openedOn,
        Boolean inPrefecture) {
}
