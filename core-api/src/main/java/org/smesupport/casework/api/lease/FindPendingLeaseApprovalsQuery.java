package org.smesupport.casework.api.lease;

/** The supervisor's queue, oldest request first; {@code kind} {@code null} for every kind of request. */
public record FindPendingLeaseApprovalsQuery(ApprovalKind kind) {
}
