package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;

/**
 * The fiscal year's interest is paid by the subsidy: {@code subsidies} per instalment falling due in that
 * year, {@code total} their sum. {@code newContract}: the contract was opened in that fiscal year (the
 * report counts new and existing users separately). {@code companyId}: the contract's holder, whom the
 * report counts as a firm (社) beside the contract (件); absent from events stored before it was carried,
 * whose holder is the one named when the contract was opened. {@code requestId}, {@code decidedBy} and
 * {@code comment}: the request a supervisor approved ({@code grantedOn} is the approval's date); absent
 * from subsidies granted before they went through a checker.
 *
 * <p>Revision 2 is the shape with {@code companyId}. Events stored before revisions were declared carry no
 * revision, with or without the holder; {@code InterestSubsidyGrantedToRevision2} (app) reads them as
 * revision 2, the holder null where the event did not name it. The aggregate names it in every new event.
 */
@Revision("2")
public record InterestSubsidyGrantedEvent(
        LeaseContractId contractId,
        CompanyId companyId,
        int fiscalYear,
        int salesDeclineBasisPoints,
        String evidence,
        LocalDate grantedOn,
        boolean newContract,
        List<SubsidisedInterest> subsidies,
        Yen total,
        String requestId,
        String decidedBy,
        @PersonalData String comment) {
}
