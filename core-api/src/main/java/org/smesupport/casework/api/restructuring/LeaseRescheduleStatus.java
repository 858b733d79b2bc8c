package org.smesupport.casework.api.restructuring;

/**
 * Where a lease reschedule of the completed plan stands: in the plan only, filed with the lease programme as a
 * deferral request, or refused by it.
 */
public enum LeaseRescheduleStatus {
    PLANNED,
    REQUESTED,
    REFUSED
}
