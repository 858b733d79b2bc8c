package org.smesupport.casework.lease;

import java.util.Optional;
import org.smesupport.casework.company.CompanyId;

/** Which company a lease contract was opened for, for rules in other programmes (a restructuring plan). */
public interface LeaseContractRegistry {

    /** The contract's company, or empty when no lease contract has this id. */
    Optional<CompanyId> companyOf(LeaseContractId contractId);
}
