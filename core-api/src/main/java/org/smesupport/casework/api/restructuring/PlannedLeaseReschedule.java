package org.smesupport.casework.api.restructuring;

import java.util.List;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;

/** A lease contract of the firm that the completed plan reschedules, with its revised instalments. */
public record PlannedLeaseReschedule(LeaseContractId contractId, List<Instalment> revisedInstalments) {
}
