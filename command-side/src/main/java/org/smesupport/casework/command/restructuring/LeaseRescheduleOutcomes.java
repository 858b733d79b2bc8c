package org.smesupport.casework.command.restructuring;

import java.util.Set;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;

/** Tells the lease link which of a case's planned reschedules already have the lease programme's answer recorded. */
interface LeaseRescheduleOutcomes {

    /**
     * The contracts with a {@link LeaseRescheduleRequestedEvent} or a {@link LeaseRescheduleRefusedEvent} on the
     * case.
     */
    Set<LeaseContractId> recordedFor(RestructuringCaseId caseId);
}
