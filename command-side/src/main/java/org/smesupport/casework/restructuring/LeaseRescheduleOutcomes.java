package org.smesupport.casework.restructuring;

import java.util.Set;
import org.smesupport.casework.lease.LeaseContractId;

/** Tells the lease link which of a case's planned reschedules already have the lease programme's answer recorded. */
interface LeaseRescheduleOutcomes {

    /**
     * The contracts with a {@link LeaseRescheduleRequestedEvent} or a {@link LeaseRescheduleRefusedEvent} on the
     * case.
     */
    Set<LeaseContractId> recordedFor(RestructuringCaseId caseId);
}
