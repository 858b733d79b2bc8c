package org.smesupport.casework.command.lease;

import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.LeaseContractId;

/** Which company a lease contract was opened for, for rules in other programmes (a restructuring plan). */
public interface LeaseContractRegistry {

    /** The contract's company, or empty when no lease contract has this id. */
    Optional<CompanyId> companyOf(LeaseContractId contractId);
}
